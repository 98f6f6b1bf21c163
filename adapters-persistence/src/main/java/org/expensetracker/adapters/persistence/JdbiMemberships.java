package org.expensetracker.adapters.persistence;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.Currency;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.expensetracker.application.port.out.Memberships;
import org.expensetracker.domain.identity.UserId;
import org.expensetracker.domain.workspace.Membership;
import org.expensetracker.domain.workspace.Role;
import org.expensetracker.domain.workspace.Roster;
import org.expensetracker.domain.workspace.WorkspaceId;

/**
 * {@link Memberships} on PostgreSQL: the caller's role and the workspace's currency in one indexed
 * lookup (the primary key of workspace_members), read fresh on every request.
 */
final class JdbiMemberships implements Memberships {
  private final JdbiTransactions db;

  JdbiMemberships(JdbiTransactions db) {
    this.db = db;
  }

  /** Whether these are the memberships of the database {@code other} reaches. */
  boolean liveIn(JdbiTransactions other) {
    return db == other;
  }

  @Override
  public Optional<Membership> find(WorkspaceId workspace, UserId user) {
    return db.withHandle(
        h ->
            h.createQuery(
                    """
                    select m.role, w.currency
                      from workspace_members m join workspaces w on w.id = m.workspace_id
                     where m.workspace_id = :workspace_id and m.user_id = :user_id
                    """)
                .bind("workspace_id", workspace.value())
                .bind("user_id", user.value())
                .map(
                    (rs, ctx) ->
                        new Membership(
                            workspace,
                            user,
                            Role.fromWireName(rs.getString("role"))
                                .orElseThrow(
                                    () -> new IllegalStateException("Unknown role in storage")),
                            Currency.getInstance(rs.getString("currency"))))
                .findOne());
  }

  /**
   * FOR SHARE on the workspace row: it conflicts with the FOR NO KEY UPDATE every workspace change
   * takes (removing a member among them) but not with other FOR SHARE holders, so balance-moving
   * writes run side by side and a removal waits for them, then sees what they committed.
   */
  @Override
  public Optional<Roster> lockRoster(WorkspaceId workspace) {
    // Two statements in one round trip. The members are read by a statement of their own: its
    // snapshot is taken once the lock is held, so it sees a member removal that committed while
    // the lock waited. (One statement "... for share of w" would re-check only the workspace row,
    // not the members.)
    return db.withHandle(
        h ->
            h.createQuery(
                    "select currency from workspaces where id = :workspace_id for share;"
                        + " select user_id, role from workspace_members"
                        + " where workspace_id = :workspace_id")
                .bind("workspace_id", workspace.value())
                .execute(
                    (statement, context) -> {
                      try {
                        PreparedStatement ps = statement.get();
                        Currency currency = null;
                        try (ResultSet rs = ps.getResultSet()) {
                          if (rs.next()) {
                            currency = Currency.getInstance(rs.getString(1));
                          }
                        }
                        ps.getMoreResults();
                        Map<UserId, Role> roles = new HashMap<>();
                        try (ResultSet rs = ps.getResultSet()) {
                          while (rs.next()) {
                            roles.put(
                                new UserId(rs.getObject(1, UUID.class)),
                                Role.fromWireName(rs.getString(2)).orElseThrow());
                          }
                        }
                        return currency == null
                            ? Optional.<Roster>empty()
                            : Optional.of(new Roster(workspace, currency, roles));
                      } finally {
                        context.close();
                      }
                    }));
  }
}
