package org.expensetracker.bootstrap;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The token-signing secret: {@code SECRET_KEY} when set (at least 32 bytes); in embedded mode a
 * random 256-bit key generated once and kept in {@code DATA_DIR/secret.key} (mode 600); with an
 * external database and no key, start-up is refused, since instances must share one key.
 */
final class SecretKeys {
  static final int MIN_BYTES = 32;
  private static final Logger log = LoggerFactory.getLogger(SecretKeys.class);

  private SecretKeys() {}

  static byte[] resolve(Optional<String> configured, boolean embedded, Path dataDir) {
    if (configured.isPresent()) {
      byte[] key = configured.get().getBytes(StandardCharsets.UTF_8);
      if (key.length < MIN_BYTES) {
        throw new StartupFailure("SECRET_KEY must be at least " + MIN_BYTES + " bytes long");
      }
      return key;
    }
    if (!embedded) {
      throw new StartupFailure(
          "SECRET_KEY is required with an external DATABASE_URL (all instances must sign tokens with the same key)");
    }
    Path file = dataDir.resolve("secret.key");
    try {
      Files.createDirectories(dataDir);
      if (!Files.exists(file)) {
        byte[] random = new byte[32];
        new SecureRandom().nextBytes(random);
        String encoded = Base64.getUrlEncoder().withoutPadding().encodeToString(random);
        try {
          Files.createFile(
              file,
              PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
          Files.writeString(file, encoded);
          log.warn(
              "SECRET_KEY is not set: generated a random key in {} (set SECRET_KEY in production)",
              file);
        } catch (FileAlreadyExistsException raced) {
          // another process created it first: use theirs
        }
      }
      byte[] key = Files.readString(file).trim().getBytes(StandardCharsets.UTF_8);
      if (key.length < MIN_BYTES) {
        throw new StartupFailure(file + " holds a key shorter than " + MIN_BYTES + " bytes");
      }
      return key;
    } catch (IOException e) {
      throw new StartupFailure("DATA_DIR " + dataDir + " is not writable: " + e.getMessage());
    }
  }
}
