package org.expensetracker.application.port.in;

import org.expensetracker.domain.identity.Email;
import org.expensetracker.domain.identity.Password;
import org.expensetracker.domain.otp.OtpCode;
import org.expensetracker.domain.shared.Validation;

/** Incoming port: set a new password with a reset code. Every token issued before stops working. */
public interface ResetPasswordUseCase {
  void resetPassword(Command command);

  /** A reset attempt from {@code clientAddress}. */
  record Command(Email email, OtpCode code, Password newPassword, String clientAddress) {
    public static Command parse(
        String email, String code, String newPassword, String clientAddress) {
      Validation validation = new Validation();
      Email parsedEmail = validation.attempt(() -> Email.of(email, "email"));
      OtpCode parsedCode = validation.attempt(() -> OtpCode.parse(code, "code"));
      Password chosen = validation.attempt(() -> Password.choose(newPassword, "new_password"));
      validation.throwIfInvalid();
      return new Command(parsedEmail, parsedCode, chosen, clientAddress);
    }
  }
}
