package org.expensetracker.adapters.identity;

import java.time.Duration;
import org.expensetracker.domain.otp.OtpCode;
import org.expensetracker.domain.otp.OtpPurpose;

/** The words of a code message: what the code is for and how long it lasts. */
record OtpMessage(String subject, String text) {

  static OtpMessage of(OtpPurpose purpose, OtpCode code, Duration validFor) {
    String lasts = minutes(validFor);
    String subject =
        switch (purpose) {
          case VERIFY_EMAIL -> "Your Expense Tracker verification code";
          case PASSWORD_RESET -> "Your Expense Tracker password reset code";
        };
    String text =
        "Your code to "
            + purpose.description()
            + " is:\n\n    "
            + code.digits()
            + "\n\nIt expires in "
            + lasts
            + " and works once.\n\n"
            + "If you did not ask for it, you can ignore this email: nothing changes without the"
            + " code.\n";
    return new OtpMessage(subject, text);
  }

  private static String minutes(Duration validFor) {
    long minutes = Math.max(1, validFor.toMinutes());
    return minutes == 1 ? "1 minute" : minutes + " minutes";
  }
}
