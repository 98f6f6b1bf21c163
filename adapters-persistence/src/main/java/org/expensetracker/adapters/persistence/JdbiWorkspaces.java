package org.expensetracker.adapters.persistence;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Currency;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.expensetracker.application.port.out.Workspaces;
import org.expensetracker.domain.identity.UserId;
import org.expensetracker.domain.workspace.Member;
import org.expensetracker.domain.workspace.Role;
import org.expensetracker.domain.workspace.WorkspaceId;
import org.expensetracker.domain.workspace.WorkspaceProfile;

/** {@link Workspaces} on PostgreSQL; every statement filters by workspace id or by member. */
final class JdbiWorkspaces implements Workspaces {
  private final JdbiTransactions db;

  JdbiWorkspaces(JdbiTransactions db) {
    this.db = db;
  }

  @Override
  public void create(WorkspaceProfile workspace, UserId owner) {
    db.withHandle(
        h ->
            h.createUpdate(
                    """
                    with w as (
                      insert into workspaces (id, name, currency, created_at)
                      values (:id, :name, :currency, :created_at) returning id)
                    insert into workspace_members (workspace_id, user_id, role, joined_at)
                    select w.id, :owner, 'owner', :created_at from w
                    """)
                .bind("id", workspace.id().value())
                .bind("name", workspace.name())
                .bind("currency", workspace.currency().getCurrencyCode())
                .bind("created_at", Timestamp.from(workspace.createdAt()))
                .bind("owner", owner.value())
                .execute());
  }

  @Override
  public Optional<WorkspaceProfile> byId(WorkspaceId id) {
    return db.withHandle(
        h ->
            h.createQuery("select id, name, currency, created_at from workspaces where id = :id")
                .bind("id", id.value())
                .map((rs, ctx) -> profile(rs))
                .findOne());
  }

  @Override
  public List<Entry> of(UserId user) {
    return db.withHandle(
        h ->
            h.createQuery(
                    """
                    select w.id, w.name, w.currency, w.created_at, m.role
                      from workspace_members m join workspaces w on w.id = m.workspace_id
                     where m.user_id = :user_id
                     order by w.created_at desc, w.id
                    """)
                .bind("user_id", user.value())
                .map((rs, ctx) -> new Entry(profile(rs), role(rs.getString("role"))))
                .list());
  }

  @Override
  public boolean addMember(WorkspaceId workspace, UserId user, Role role, Instant joinedAt) {
    return db.withHandle(
        h ->
            h.createUpdate(
                        """
                        insert into workspace_members (workspace_id, user_id, role, joined_at)
                        values (:workspace_id, :user_id, :role, :joined_at)
                        on conflict (workspace_id, user_id) do nothing
                        """)
                    .bind("workspace_id", workspace.value())
                    .bind("user_id", user.value())
                    .bind("role", role.wireName())
                    .bind("joined_at", Timestamp.from(joinedAt))
                    .execute()
                == 1);
  }

  @Override
  public List<Member> members(WorkspaceId workspace) {
    return db.withHandle(
        h ->
            h.createQuery(
                    """
                    select m.user_id, u.email, u.full_name, m.role, m.joined_at
                      from workspace_members m join users u on u.id = m.user_id
                     where m.workspace_id = :workspace_id
                     order by m.joined_at, m.user_id
                    """)
                .bind("workspace_id", workspace.value())
                .map(
                    (rs, ctx) ->
                        new Member(
                            new UserId(rs.getObject("user_id", UUID.class)),
                            rs.getString("email"),
                            rs.getString("full_name"),
                            role(rs.getString("role")),
                            rs.getTimestamp("joined_at").toInstant()))
                .list());
  }

  private static WorkspaceProfile profile(ResultSet rs) throws SQLException {
    return new WorkspaceProfile(
        new WorkspaceId(rs.getObject("id", UUID.class)),
        rs.getString("name"),
        Currency.getInstance(rs.getString("currency")),
        rs.getTimestamp("created_at").toInstant());
  }

  private static Role role(String wire) {
    return Role.fromWireName(wire)
        .orElseThrow(() -> new IllegalStateException("Unknown role in storage: " + wire));
  }
}
