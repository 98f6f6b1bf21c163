package org.expensetracker.application.testing;

import java.util.Currency;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.expensetracker.application.port.out.Memberships;
import org.expensetracker.domain.identity.UserId;
import org.expensetracker.domain.workspace.Membership;
import org.expensetracker.domain.workspace.Role;
import org.expensetracker.domain.workspace.Roster;
import org.expensetracker.domain.workspace.WorkspaceId;

/**
 * A table of memberships for use-case tests that do not need the workspace use cases: who is in
 * which workspace with which role, and each workspace's currency.
 */
public final class FakeMemberships implements Memberships {
  private final Map<WorkspaceId, Currency> currencies = new ConcurrentHashMap<>();
  private final Map<WorkspaceId, Map<UserId, Role>> roles = new ConcurrentHashMap<>();

  public FakeMemberships workspace(WorkspaceId workspace, Currency currency) {
    currencies.put(workspace, currency);
    roles.putIfAbsent(workspace, new ConcurrentHashMap<>());
    return this;
  }

  public FakeMemberships member(WorkspaceId workspace, UserId user, Role role) {
    roles.get(workspace).put(user, role);
    return this;
  }

  public FakeMemberships remove(WorkspaceId workspace, UserId user) {
    roles.get(workspace).remove(user);
    return this;
  }

  @Override
  public Optional<Membership> find(WorkspaceId workspace, UserId user) {
    Map<UserId, Role> members = roles.get(workspace);
    if (members == null || !members.containsKey(user)) {
      return Optional.empty();
    }
    return Optional.of(
        new Membership(workspace, user, members.get(user), currencies.get(workspace)));
  }

  @Override
  public Optional<Roster> lockRoster(WorkspaceId workspace) {
    return Optional.ofNullable(currencies.get(workspace))
        .map(currency -> new Roster(workspace, currency, roles.get(workspace)));
  }

  /** The current members of a workspace (for the in-memory ledger). */
  public Set<UserId> usersOf(WorkspaceId workspace) {
    return Set.copyOf(roles.getOrDefault(workspace, Map.of()).keySet());
  }
}
