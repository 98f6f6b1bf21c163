package org.expensetracker.application.port.out;

import java.util.Optional;
import org.expensetracker.domain.identity.UserId;
import org.expensetracker.domain.workspace.Membership;
import org.expensetracker.domain.workspace.WorkspaceId;

/**
 * Outgoing port: the caller's membership of a workspace, read fresh from storage on every request
 * (roles never come from token claims). Empty when the user is not a member or the workspace does
 * not exist; callers turn both into the same 404.
 */
public interface Memberships {
  Optional<Membership> find(WorkspaceId workspace, UserId user);
}
