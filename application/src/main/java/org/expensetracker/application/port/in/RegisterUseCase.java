package org.expensetracker.application.port.in;

import org.expensetracker.domain.identity.Email;
import org.expensetracker.domain.identity.FullName;
import org.expensetracker.domain.identity.Password;
import org.expensetracker.domain.shared.Validation;

/**
 * Incoming port: register an account. When email verification is on, the user gets a code and
 * cannot log in until verified; registering an unverified address again replaces it.
 */
public interface RegisterUseCase {
  UserProfile register(Command command);

  /** A registration request from {@code clientAddress}. */
  record Command(Email email, Password password, FullName fullName, String clientAddress) {

    /** Parses raw client values, reporting every bad field at once. */
    public static Command parse(
        String email, String password, String fullName, String clientAddress) {
      Validation validation = new Validation();
      Email parsedEmail = validation.attempt(() -> Email.of(email, "email"));
      Password parsedPassword = validation.attempt(() -> Password.choose(password, "password"));
      FullName parsedName = validation.attempt(() -> new FullName(fullName));
      validation.throwIfInvalid();
      return new Command(parsedEmail, parsedPassword, parsedName, clientAddress);
    }
  }
}
