package org.expensetracker.adapters.http;

import java.security.SecureRandom;
import java.util.Objects;
import javax.crypto.SecretKey;
import javax.crypto.spec.SecretKeySpec;

/**
 * Settings of the HTTP adapter.
 *
 * @param maxBodyBytes request bodies above this size are refused with 413
 * @param useVirtualThreads serve requests on virtual threads where the JVM has them (21+)
 * @param cursorKey signs list cursors (HMAC-SHA256); every instance behind one address needs the
 *     same key, or a cursor from one is refused by another
 */
public record HttpSettings(int maxBodyBytes, boolean useVirtualThreads, SecretKey cursorKey) {
  public static final int ONE_MIB = 1 << 20;
  static final int MIN_KEY_BYTES = 32;

  public HttpSettings {
    Objects.requireNonNull(cursorKey, "cursorKey");
    byte[] encoded = cursorKey.getEncoded();
    if (encoded == null || encoded.length < MIN_KEY_BYTES) {
      throw new IllegalArgumentException("The cursor key needs at least 32 bytes");
    }
  }

  /** 1 MiB bodies, virtual threads, and a random cursor key (cursors die with the process). */
  public static HttpSettings defaults() {
    byte[] key = new byte[MIN_KEY_BYTES];
    new SecureRandom().nextBytes(key);
    return new HttpSettings(ONE_MIB, true, hmacKey(key));
  }

  /** These settings with a fixed cursor key, so cursors survive restarts and span instances. */
  public HttpSettings withCursorKey(byte[] key) {
    return new HttpSettings(maxBodyBytes, useVirtualThreads, hmacKey(key));
  }

  private static SecretKey hmacKey(byte[] key) {
    if (key.length < MIN_KEY_BYTES) {
      throw new IllegalArgumentException("The cursor key needs at least 32 bytes");
    }
    return new SecretKeySpec(key, "HmacSHA256");
  }

  @Override
  public String toString() {
    return "HttpSettings[maxBodyBytes="
        + maxBodyBytes
        + ", useVirtualThreads="
        + useVirtualThreads
        + "]";
  }
}
