package org.expensetracker.application.port.out;

import java.util.Optional;
import org.expensetracker.domain.identity.UserId;
import org.expensetracker.domain.workspace.Membership;
import org.expensetracker.domain.workspace.Roster;
import org.expensetracker.domain.workspace.WorkspaceId;

/**
 * Outgoing port: the caller's membership of a workspace, read fresh from storage on every request
 * (roles never come from token claims). Empty when the user is not a member or the workspace does
 * not exist; callers turn both into the same 404.
 */
public interface Memberships {
  Optional<Membership> find(WorkspaceId workspace, UserId user);

  /**
   * The current members with their roles and the workspace's currency, and a lock that keeps anyone
   * from being removed from the workspace until this transaction ends. Every change that moves
   * balances (expenses, settlements) takes it first, so removing a member, which checks that their
   * balance is zero under the workspace lock, never races one. Changes that move balances do not
   * block each other. The caller's own membership comes from the roster: no separate {@link #find}.
   * Empty when the workspace does not exist.
   */
  Optional<Roster> lockRoster(WorkspaceId workspace);
}
