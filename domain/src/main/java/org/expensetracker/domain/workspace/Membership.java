package org.expensetracker.domain.workspace;

import java.util.Currency;
import java.util.Objects;
import org.expensetracker.domain.identity.UserId;

/**
 * What a workspace-scoped use case needs to know about its caller, in one lookup: the caller's role
 * and the workspace's currency. Absent for a non-member, exactly as for a missing workspace.
 */
public record Membership(WorkspaceId workspace, UserId user, Role role, Currency currency) {
  public Membership {
    Objects.requireNonNull(workspace, "workspace");
    Objects.requireNonNull(user, "user");
    Objects.requireNonNull(role, "role");
    Objects.requireNonNull(currency, "currency");
  }

  /** Throws {@code Forbidden} unless this member's role allows the action. */
  public void require(Action action) {
    RolePolicy.require(role, action);
  }

  public boolean allows(Action action) {
    return RolePolicy.allows(role, action);
  }
}
