package org.expensetracker.domain.workspace;

import java.util.Currency;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.expensetracker.domain.identity.UserId;

/**
 * A workspace's current members with their roles, and its currency: what a change that moves
 * balances checks the caller and every person it names against, once it holds the roster lock.
 */
public record Roster(WorkspaceId workspace, Currency currency, Map<UserId, Role> roles) {
  public Roster {
    Objects.requireNonNull(workspace, "workspace");
    Objects.requireNonNull(currency, "currency");
    roles = Map.copyOf(roles);
  }

  /** The membership of {@code user}; empty if they are not a current member. */
  public Optional<Membership> membershipOf(UserId user) {
    Role role = roles.get(user);
    return role == null
        ? Optional.empty()
        : Optional.of(new Membership(workspace, user, role, currency));
  }
}
