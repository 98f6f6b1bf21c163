package org.expensetracker.domain.otp;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.expensetracker.domain.identity.Email;

/**
 * Keyed hash of a one-time code: HMAC-SHA-256 under a server key over purpose, address and code. A
 * stolen table alone does not reveal codes (10^6 values would be trivial to try without the key),
 * and a hash made for one address or purpose never matches another.
 */
public final class OtpDigest {
  private static final String HMAC = "HmacSHA256";
  private static final int MIN_KEY_BYTES = 32;

  private final SecretKeySpec key;

  public OtpDigest(byte[] key) {
    if (key == null || key.length < MIN_KEY_BYTES) {
      throw new IllegalArgumentException("the OTP key must be at least 32 bytes");
    }
    this.key = new SecretKeySpec(key.clone(), HMAC);
  }

  public byte[] hash(Email email, OtpPurpose purpose, OtpCode code) {
    try {
      Mac mac = Mac.getInstance(HMAC);
      mac.init(key);
      // Unambiguous framing: none of the parts can contain a line feed.
      String message = purpose.code() + "\n" + email.value() + "\n" + code.digits();
      return mac.doFinal(message.getBytes(StandardCharsets.UTF_8));
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("HMAC-SHA-256 is not available", e);
    }
  }

  /** Compares in constant time, so response timing tells nothing about how close a guess was. */
  public boolean matches(byte[] stored, Email email, OtpPurpose purpose, OtpCode candidate) {
    return MessageDigest.isEqual(stored, hash(email, purpose, candidate));
  }

  @Override
  public String toString() {
    return "OtpDigest[key=redacted]";
  }
}
