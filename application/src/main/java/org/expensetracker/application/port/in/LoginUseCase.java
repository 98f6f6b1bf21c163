package org.expensetracker.application.port.in;

import java.time.Duration;
import org.expensetracker.domain.identity.Email;
import org.expensetracker.domain.identity.Password;
import org.expensetracker.domain.shared.Validation;

/**
 * Incoming port: exchange email and password for an access token. Unknown address and wrong
 * password fail the same way; a correct password on an unverified account gets {@code
 * email-not-verified}.
 */
public interface LoginUseCase {
  Session login(Command command);

  /** A login attempt from {@code clientAddress}. */
  record Command(Email email, Password password, String clientAddress) {

    /** Parses raw client values; {@code emailField} is the name the client used for the email. */
    public static Command parse(
        String email, String password, String clientAddress, String emailField) {
      Validation validation = new Validation();
      Email parsedEmail = validation.attempt(() -> Email.of(email, emailField));
      Password parsedPassword = validation.attempt(() -> Password.present(password, "password"));
      validation.throwIfInvalid();
      return new Command(parsedEmail, parsedPassword, clientAddress);
    }
  }

  /** A bearer access token and its lifetime. Never printed. */
  record Session(String accessToken, Duration expiresIn) {
    @Override
    public String toString() {
      return "Session[token=redacted, expiresIn=" + expiresIn + "]";
    }
  }
}
