package org.expensetracker.application.port.in;

import org.expensetracker.domain.identity.Email;
import org.expensetracker.domain.otp.OtpCode;
import org.expensetracker.domain.shared.Validation;

/** Incoming port: prove control of an address with the code sent to it. */
public interface VerifyEmailUseCase {
  UserProfile verify(Command command);

  /** A verification attempt from {@code clientAddress}. */
  record Command(Email email, OtpCode code, String clientAddress) {
    public static Command parse(String email, String code, String clientAddress) {
      Validation validation = new Validation();
      Email parsedEmail = validation.attempt(() -> Email.of(email, "email"));
      OtpCode parsedCode = validation.attempt(() -> OtpCode.parse(code, "code"));
      validation.throwIfInvalid();
      return new Command(parsedEmail, parsedCode, clientAddress);
    }
  }
}
