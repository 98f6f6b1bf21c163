package org.expensetracker.application.port.in;

import java.util.Objects;
import org.expensetracker.domain.identity.Email;
import org.expensetracker.domain.identity.UserId;
import org.expensetracker.domain.shared.InvalidInput;
import org.expensetracker.domain.workspace.Member;
import org.expensetracker.domain.workspace.Role;
import org.expensetracker.domain.workspace.WorkspaceId;

/** Incoming port: add a registered, verified user to a workspace with a role below owner. */
public interface AddMemberUseCase {
  Member add(AddMember command);

  /** Ownership only moves by transfer, so {@code owner} is refused here. */
  record AddMember(UserId caller, WorkspaceId workspace, Email email, Role role) {
    public AddMember {
      Objects.requireNonNull(caller, "caller");
      Objects.requireNonNull(workspace, "workspace");
      Objects.requireNonNull(email, "email");
      Objects.requireNonNull(role, "role");
      if (role == Role.OWNER) {
        throw new InvalidInput(
            "role", "must be admin, member or viewer (ownership is transferred, not granted)");
      }
    }
  }
}
