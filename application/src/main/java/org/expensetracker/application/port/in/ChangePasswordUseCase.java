package org.expensetracker.application.port.in;

import org.expensetracker.domain.identity.Password;
import org.expensetracker.domain.identity.UserId;
import org.expensetracker.domain.shared.Validation;

/**
 * Incoming port: change one's password, proving the current one. Every token issued before the
 * change stops working.
 */
public interface ChangePasswordUseCase {
  void changePassword(Command command);

  /** A password change by {@code caller}. */
  record Command(UserId caller, Password currentPassword, Password newPassword) {
    public static Command parse(UserId caller, String currentPassword, String newPassword) {
      Validation validation = new Validation();
      Password current =
          validation.attempt(() -> Password.present(currentPassword, "current_password"));
      Password chosen = validation.attempt(() -> Password.choose(newPassword, "new_password"));
      validation.throwIfInvalid();
      return new Command(caller, current, chosen);
    }
  }
}
