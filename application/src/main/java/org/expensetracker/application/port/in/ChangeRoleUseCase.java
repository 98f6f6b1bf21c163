package org.expensetracker.application.port.in;

import java.util.Objects;
import org.expensetracker.domain.identity.UserId;
import org.expensetracker.domain.workspace.Role;

/**
 * Incoming port: give a member another role among admin, member and viewer. Admins may do it for
 * non-admins and themselves; changing another admin takes the owner; the owner's role changes only
 * by a transfer of ownership.
 */
public interface ChangeRoleUseCase {
  MemberView changeRole(Command command);

  /** Whose role, and the new one. */
  record Command(Scope scope, UserId member, Role role) {
    public Command {
      Objects.requireNonNull(scope, "scope");
      Objects.requireNonNull(member, "member");
      role = Role.assignable(Objects.requireNonNull(role, "role").wireName(), "role");
    }

    public static Command parse(Scope scope, UserId member, String role) {
      return new Command(scope, member, Role.assignable(role, "role"));
    }
  }
}
