package org.expensetracker.adapters.persistence;

import java.sql.SQLException;
import java.time.Instant;
import java.util.Comparator;
import java.util.Currency;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.expensetracker.application.port.in.MemberView;
import org.expensetracker.application.port.in.WorkspaceView;
import org.expensetracker.application.port.out.Workspaces;
import org.expensetracker.domain.identity.Email;
import org.expensetracker.domain.identity.FullName;
import org.expensetracker.domain.identity.UserId;
import org.expensetracker.domain.shared.Conflict;
import org.expensetracker.domain.workspace.Member;
import org.expensetracker.domain.workspace.Role;
import org.expensetracker.domain.workspace.Workspace;
import org.expensetracker.domain.workspace.WorkspaceId;
import org.expensetracker.domain.workspace.WorkspaceName;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.mapper.RowMapper;
import org.jdbi.v3.core.mapper.reflect.ConstructorMapper;
import org.jdbi.v3.core.statement.PreparedBatch;
import org.jdbi.v3.core.statement.UnableToExecuteStatementException;

/**
 * {@link Workspaces} on the {@code workspaces} and {@code workspace_members} tables. Every
 * statement names the workspace (or, for a user's own list, the user) in SQL.
 */
final class JdbiWorkspaces implements Workspaces {
  private static final String FOREIGN_KEY_VIOLATION = "23503";
  private static final RowMapper<WorkspaceRow> WORKSPACE = ConstructorMapper.of(WorkspaceRow.class);
  private static final RowMapper<MemberRow> MEMBER = ConstructorMapper.of(MemberRow.class);
  private static final RowMapper<ViewRow> VIEW = ConstructorMapper.of(ViewRow.class);
  private static final RowMapper<MemberViewRow> MEMBER_VIEW =
      ConstructorMapper.of(MemberViewRow.class);

  private static final String VIEW_SELECT =
      """
      SELECT w.id, w.name, w.currency, w.created_at, m.role
        FROM workspaces w JOIN workspace_members m ON m.workspace_id = w.id
      """;
  private static final String MEMBER_VIEW_SELECT =
      """
      SELECT m.user_id, u.email, u.full_name, m.role, m.joined_at
        FROM workspace_members m JOIN users u ON u.id = m.user_id
       WHERE m.workspace_id = :workspace
      """;

  private final JdbiTransactions tx;

  JdbiWorkspaces(JdbiTransactions tx) {
    this.tx = tx;
  }

  /** One row of {@code workspaces}. */
  record WorkspaceRow(UUID id, String name, String currency, Instant createdAt) {}

  /** One row of {@code workspace_members}. */
  record MemberRow(UUID userId, String role, Instant joinedAt) {
    Member toDomain() {
      return new Member(new UserId(userId), storedRole(role), joinedAt);
    }
  }

  /** A workspace joined with one member's role. */
  record ViewRow(UUID id, String name, String currency, Instant createdAt, String role) {
    WorkspaceView toView() {
      return new WorkspaceView(
          new WorkspaceId(id),
          new WorkspaceName(name),
          Currency.getInstance(currency),
          createdAt,
          storedRole(role));
    }
  }

  /** A member joined with their account. */
  record MemberViewRow(UUID userId, String email, String fullName, String role, Instant joinedAt) {
    MemberView toView() {
      return new MemberView(
          new UserId(userId), new Email(email), new FullName(fullName), storedRole(role), joinedAt);
    }
  }

  @Override
  public void add(Workspace workspace) {
    tx.withHandle(
        h -> {
          h.createUpdate(
                  """
                  INSERT INTO workspaces (id, name, currency, created_at)
                  VALUES (:id, :name, :currency, :createdAt)
                  """)
              .bind("id", workspace.id().value())
              .bind("name", workspace.name().value())
              .bind("currency", workspace.currency().getCurrencyCode())
              .bind("createdAt", workspace.createdAt())
              .execute();
          return upsertMembers(h, workspace);
        });
  }

  @Override
  public Optional<Workspace> lock(WorkspaceId id) {
    return tx.withHandle(
        h -> {
          // NO KEY UPDATE queues every change of this workspace behind the others without
          // blocking the inserts of rows that merely reference it (expenses).
          Optional<WorkspaceRow> row =
              h.createQuery(
                      """
                      SELECT id, name, currency, created_at FROM workspaces
                       WHERE id = :id
                         FOR NO KEY UPDATE
                      """)
                  .bind("id", id.value())
                  .map(WORKSPACE)
                  .findOne();
          if (row.isEmpty()) {
            return Optional.<Workspace>empty();
          }
          List<Member> members =
              h.createQuery(
                      """
                      SELECT user_id, role, joined_at FROM workspace_members
                       WHERE workspace_id = :id
                       ORDER BY joined_at, user_id
                      """)
                  .bind("id", id.value())
                  .map(MEMBER)
                  .map(MemberRow::toDomain)
                  .list();
          WorkspaceRow w = row.get();
          return Optional.of(
              Workspace.restore(
                  new WorkspaceId(w.id()),
                  new WorkspaceName(w.name()),
                  Currency.getInstance(w.currency()),
                  w.createdAt(),
                  members));
        });
  }

  @Override
  public void save(Workspace workspace) {
    tx.withHandle(
        h -> {
          updateWorkspaceRow(h, workspace);
          h.createUpdate(
                  "DELETE FROM workspace_members"
                      + " WHERE workspace_id = :workspace AND user_id <> ALL(:users)")
              .bind("workspace", workspace.id().value())
              .bindArray(
                  "users",
                  UUID.class,
                  workspace.members().stream().map(m -> m.user().value()).toList())
              .execute();
          return upsertMembers(h, workspace);
        });
  }

  private static void updateWorkspaceRow(Handle h, Workspace workspace) {
    try {
      h.createUpdate(
              """
              UPDATE workspaces SET name = :name, currency = :currency, version = version + 1
               WHERE id = :id AND (name, currency) IS DISTINCT FROM (:name, :currency)
              """)
          .bind("id", workspace.id().value())
          .bind("name", workspace.name().value())
          .bind("currency", workspace.currency().getCurrencyCode())
          .execute();
    } catch (UnableToExecuteStatementException e) {
      // Expenses reference (workspace, currency): one recorded since the use case looked.
      if (e.getCause() instanceof SQLException sql
          && FOREIGN_KEY_VIOLATION.equals(sql.getSQLState())) {
        throw new Conflict(
            "currency-fixed",
            "The currency cannot change once the workspace has expenses or settlements: their"
                + " amounts, parts and balances are stored in it. Record spending in another"
                + " currency with original_amount and original_currency instead");
      }
      throw e;
    }
  }

  /**
   * Inserts new members and updates changed roles, one batch in one round trip. The owner goes
   * last: the one-owner index is checked row by row, so a former owner must be demoted before the
   * new one is promoted.
   */
  private static int[] upsertMembers(Handle h, Workspace workspace) {
    PreparedBatch batch =
        h.prepareBatch(
            """
            INSERT INTO workspace_members (workspace_id, user_id, role, joined_at)
            VALUES (:workspace, :user, :role, :joinedAt)
            ON CONFLICT (workspace_id, user_id) DO UPDATE SET role = excluded.role
             WHERE workspace_members.role <> excluded.role
            """);
    workspace.members().stream()
        .sorted(Comparator.comparing(m -> m.role() == Role.OWNER))
        .forEach(
            m ->
                batch
                    .bind("workspace", workspace.id().value())
                    .bind("user", m.user().value())
                    .bind("role", m.role().wireName())
                    .bind("joinedAt", m.joinedAt())
                    .add());
    return batch.execute();
  }

  @Override
  public boolean remove(WorkspaceId id) {
    // Members, expenses and everything else under the workspace go by ON DELETE CASCADE, in
    // this same transaction.
    return tx.withHandle(
            h ->
                h.createUpdate("DELETE FROM workspaces WHERE id = :id")
                    .bind("id", id.value())
                    .execute())
        == 1;
  }

  @Override
  public Optional<WorkspaceView> view(WorkspaceId id, UserId user) {
    return tx.withHandle(
        h ->
            h.createQuery(VIEW_SELECT + " WHERE w.id = :id AND m.user_id = :user")
                .bind("id", id.value())
                .bind("user", user.value())
                .map(VIEW)
                .findOne()
                .map(ViewRow::toView));
  }

  @Override
  public List<WorkspaceView> viewsOf(UserId user) {
    return tx.withHandle(
        h ->
            h.createQuery(VIEW_SELECT + " WHERE m.user_id = :user ORDER BY w.created_at DESC, w.id")
                .bind("user", user.value())
                .map(VIEW)
                .map(ViewRow::toView)
                .list());
  }

  @Override
  public List<MemberView> members(WorkspaceId id) {
    return tx.withHandle(
        h ->
            h.createQuery(MEMBER_VIEW_SELECT + " ORDER BY m.joined_at, m.user_id")
                .bind("workspace", id.value())
                .map(MEMBER_VIEW)
                .map(MemberViewRow::toView)
                .list());
  }

  @Override
  public Optional<MemberView> member(WorkspaceId id, UserId user) {
    return tx.withHandle(
        h ->
            h.createQuery(MEMBER_VIEW_SELECT + " AND m.user_id = :user")
                .bind("workspace", id.value())
                .bind("user", user.value())
                .map(MEMBER_VIEW)
                .findOne()
                .map(MemberViewRow::toView));
  }

  static Role storedRole(String stored) {
    return Role.fromWireName(stored)
        .orElseThrow(() -> new IllegalStateException("Unknown role in storage: " + stored));
  }
}
