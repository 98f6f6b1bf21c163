package org.expensetracker.domain.identity;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;

/**
 * The bundled list of common breached passwords (NIST SP 800-63B 5.1.1.2), lower-cased. Only
 * entries of at least {@link Password#MIN_LENGTH} characters matter: shorter ones fail the length
 * rule first.
 */
final class CommonPasswords {
  private static final String RESOURCE = "common-passwords.txt";
  private static final Set<String> LIST = load();

  private CommonPasswords() {}

  static boolean contains(String lowerCased) {
    return LIST.contains(lowerCased);
  }

  static int size() {
    return LIST.size();
  }

  private static Set<String> load() {
    try (InputStream in = CommonPasswords.class.getResourceAsStream(RESOURCE)) {
      if (in == null) {
        throw new IllegalStateException("Missing resource " + RESOURCE);
      }
      Set<String> entries = new HashSet<>();
      BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
      for (String line; (line = reader.readLine()) != null; ) {
        String entry = line.strip();
        if (!entry.isEmpty() && !entry.startsWith("#")) {
          entries.add(entry.toLowerCase(Locale.ROOT));
        }
      }
      return Set.copyOf(entries);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
