package org.expensetracker.domain.otp;

/** What a one-time code is for; a code of one purpose never works for another. */
public enum OtpPurpose {
  VERIFY_EMAIL("verify_email", "verify your email address"),
  PASSWORD_RESET("password_reset", "reset your password");

  private final String code;
  private final String description;

  OtpPurpose(String code, String description) {
    this.code = code;
    this.description = description;
  }

  /** Stable name, as stored and logged. */
  public String code() {
    return code;
  }

  /** What the code lets the recipient do, to complete "Use this code to …". */
  public String description() {
    return description;
  }

  public static OtpPurpose fromCode(String code) {
    for (OtpPurpose purpose : values()) {
      if (purpose.code.equals(code)) {
        return purpose;
      }
    }
    throw new IllegalArgumentException("Unknown OTP purpose " + code);
  }
}
