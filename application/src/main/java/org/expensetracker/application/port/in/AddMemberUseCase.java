package org.expensetracker.application.port.in;

import java.util.Objects;
import org.expensetracker.domain.identity.Email;
import org.expensetracker.domain.shared.Validation;
import org.expensetracker.domain.workspace.Role;

/**
 * Incoming port: an admin adds a registered, verified user by email address. An unknown address is
 * {@code NotFound("User")}; an unverified one {@code user-not-verified} (409); a member already,
 * {@code already-member} (409).
 */
public interface AddMemberUseCase {
  MemberView add(Command command);

  /** Whom to add, with which role (admin, member or viewer). */
  record Command(Scope scope, Email email, Role role) {
    public Command {
      Objects.requireNonNull(scope, "scope");
      Objects.requireNonNull(email, "email");
      role = Role.assignable(Objects.requireNonNull(role, "role").wireName(), "role");
    }

    /** Parses client values; a missing role means {@code member}. */
    public static Command parse(Scope scope, String email, String role) {
      Validation validation = new Validation();
      Email parsedEmail = validation.attempt(() -> Email.of(email, "email"));
      Role parsedRole =
          role == null ? Role.MEMBER : validation.attempt(() -> Role.assignable(role, "role"));
      validation.throwIfInvalid();
      return new Command(scope, parsedEmail, parsedRole);
    }
  }
}
