package org.expensetracker.domain.identity;

import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.Locale;
import org.expensetracker.domain.shared.InvalidInput;

/**
 * A password in clear, NFKC-normalised so that the same visible password always gives the same
 * bytes (ASVS 2.3). {@link #choose} applies the policy for a new password (12 to 128 characters,
 * not a common breached password); {@link #present} accepts anything a user might type at login,
 * only bounding its size. Never printed.
 */
public final class Password {
  public static final int MIN_LENGTH = 12;
  public static final int MAX_LENGTH = 128;
  // NFKC can expand a character into many (U+FDFA gives 18); refuse absurd input before that work.
  private static final int MAX_RAW_CHARS = 4 * MAX_LENGTH;

  private final String value;

  private Password(String value) {
    this.value = value;
  }

  /** A new password under the policy; problems are reported under {@code field}. */
  public static Password choose(String raw, String field) {
    Password password = normalise(raw, field);
    int length = password.length();
    if (length < MIN_LENGTH) {
      throw new InvalidInput(field, "must be at least " + MIN_LENGTH + " characters");
    }
    if (length > MAX_LENGTH) {
      throw new InvalidInput(field, "must be at most " + MAX_LENGTH + " characters");
    }
    if (CommonPasswords.contains(password.value.toLowerCase(Locale.ROOT))) {
      throw new InvalidInput(
          field, "is too common: it appears in lists of breached passwords; choose another");
    }
    return password;
  }

  /** A password typed to prove who one is; only its size is checked. */
  public static Password present(String raw, String field) {
    Password password = normalise(raw, field);
    if (password.value.isEmpty()) {
      throw new InvalidInput(field, "is required");
    }
    if (password.length() > MAX_LENGTH) {
      throw new InvalidInput(field, "must be at most " + MAX_LENGTH + " characters");
    }
    return password;
  }

  private static Password normalise(String raw, String field) {
    if (raw == null) {
      throw new InvalidInput(field, "is required");
    }
    if (raw.length() > MAX_RAW_CHARS) {
      throw new InvalidInput(field, "must be at most " + MAX_LENGTH + " characters");
    }
    return new Password(Normalizer.normalize(raw, Normalizer.Form.NFKC));
  }

  private int length() {
    return value.codePointCount(0, value.length());
  }

  /** The normalised password as UTF-8, for hashing. */
  public byte[] utf8() {
    return value.getBytes(StandardCharsets.UTF_8);
  }

  @Override
  public String toString() {
    return "Password[redacted]";
  }
}
