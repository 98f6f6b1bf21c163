package org.expensetracker.domain.otp;

import java.security.SecureRandom;
import org.expensetracker.domain.shared.InvalidInput;

/** A six-digit one-time code in clear: only ever sent to its owner, never stored or printed. */
public final class OtpCode {
  public static final int DIGITS = 6;
  private static final int BOUND = 1_000_000;

  private final String digits;

  private OtpCode(String digits) {
    this.digits = digits;
  }

  /** A fresh code, uniformly drawn from all 10^6 values. */
  public static OtpCode random(SecureRandom random) {
    return new OtpCode(String.format("%06d", random.nextInt(BOUND)));
  }

  /** A code typed by a user: exactly six ASCII digits. */
  public static OtpCode parse(String raw, String field) {
    if (raw == null) {
      throw new InvalidInput(field, "is required");
    }
    if (raw.length() != DIGITS || !raw.chars().allMatch(c -> c >= '0' && c <= '9')) {
      throw new InvalidInput(field, "must be " + DIGITS + " digits");
    }
    return new OtpCode(raw);
  }

  public String digits() {
    return digits;
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof OtpCode code && code.digits.equals(digits);
  }

  @Override
  public int hashCode() {
    return digits.hashCode();
  }

  @Override
  public String toString() {
    return "OtpCode[redacted]";
  }
}
