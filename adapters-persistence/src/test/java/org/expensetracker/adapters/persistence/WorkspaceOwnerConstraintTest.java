package org.expensetracker.adapters.persistence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.UUID;
import org.expensetracker.adapters.persistence.testing.PostgresTest;
import org.expensetracker.adapters.persistence.testing.TestDatabase;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The database on its own keeps exactly one owner per workspace at every commit, whatever SQL is
 * typed by hand: none is refused at commit (deferred trigger), two at once (unique index).
 */
@PostgresTest
class WorkspaceOwnerConstraintTest {
  private static final String CHECK_VIOLATION = "23514";
  private static final String UNIQUE_VIOLATION = "23505";

  private final UUID ws = UUID.randomUUID();
  private final UUID owner = UUID.randomUUID();
  private final UUID member = UUID.randomUUID();

  @BeforeEach
  void workspaceWithOwnerAndMember() throws SQLException {
    commit(
        user(owner),
        user(member),
        workspace(ws),
        membership(ws, owner, "owner"),
        membership(ws, member, "member"));
  }

  @Test
  void aWorkspaceWithoutAnOwnerIsRefusedAtCommit() {
    UUID lonely = UUID.randomUUID();

    assertThatThrownBy(() -> commit(workspace(lonely))).satisfies(e -> state(e, CHECK_VIOLATION));
    assertThat(count("select count(*) from workspaces where id = '" + lonely + "'")).isZero();
  }

  @Test
  void creatingAWorkspaceAndThenItsOwnerInOneTransactionCommits() throws SQLException {
    UUID fresh = UUID.randomUUID();

    commit(workspace(fresh), membership(fresh, member, "owner"));

    assertThat(owners(fresh)).isEqualTo(1);
  }

  @Test
  void removingOrDemotingTheOwnerAloneIsRefusedAtCommit() {
    assertThatThrownBy(
            () -> commit("delete from workspace_members where user_id = '" + owner + "'"))
        .satisfies(e -> state(e, CHECK_VIOLATION));
    assertThatThrownBy(
            () ->
                commit(
                    "update workspace_members set role = 'admin' where user_id = '" + owner + "'"))
        .satisfies(e -> state(e, CHECK_VIOLATION));
    assertThat(owners(ws)).isEqualTo(1);
  }

  @Test
  void aSecondOwnerIsRefusedAtOnce() {
    assertThatThrownBy(
            () ->
                commit(
                    "update workspace_members set role = 'owner' where user_id = '" + member + "'"))
        .satisfies(e -> state(e, UNIQUE_VIOLATION));
  }

  @Test
  void handingOwnershipOnInOneTransactionCommits() throws SQLException {
    commit(
        "update workspace_members set role = 'admin' where user_id = '" + owner + "'",
        "update workspace_members set role = 'owner' where user_id = '" + member + "'");

    assertThat(owners(ws)).isEqualTo(1);
    assertThat(
            count(
                "select count(*) from workspace_members where role = 'owner' and user_id = '"
                    + member
                    + "'"))
        .isEqualTo(1);
  }

  @Test
  void deletingTheWorkspaceTakesItsMembersAlong() throws SQLException {
    commit("delete from workspaces where id = '" + ws + "'");

    assertThat(count("select count(*) from workspace_members where workspace_id = '" + ws + "'"))
        .isZero();
  }

  static String user(UUID id) {
    return "insert into users (id, email, full_name, password_hash, is_verified, created_at,"
        + " password_changed_at) values ('"
        + id
        + "', '"
        + id
        + "@example.com', 'U', 'x', true, now(), now())";
  }

  static String workspace(UUID id) {
    return "insert into workspaces (id, name, currency, created_at) values ('"
        + id
        + "', 'W', 'USD', now())";
  }

  static String membership(UUID workspace, UUID user, String role) {
    return "insert into workspace_members (workspace_id, user_id, role, joined_at) values ('"
        + workspace
        + "', '"
        + user
        + "', '"
        + role
        + "', now())";
  }

  /** Runs the statements in one transaction and commits it. */
  static void commit(String... statements) throws SQLException {
    try (Connection c = TestDatabase.postgres().getPostgresDatabase().getConnection()) {
      c.setAutoCommit(false);
      try (Statement s = c.createStatement()) {
        for (String statement : statements) {
          s.execute(statement);
        }
        c.commit();
      } catch (SQLException e) {
        c.rollback();
        throw e;
      }
    }
  }

  static long owners(UUID workspace) {
    return count(
        "select count(*) from workspace_members where role = 'owner' and workspace_id = '"
            + workspace
            + "'");
  }

  static long count(String query) {
    try (Connection c = TestDatabase.postgres().getPostgresDatabase().getConnection();
        Statement s = c.createStatement();
        ResultSet rs = s.executeQuery(query)) {
      rs.next();
      return rs.getLong(1);
    } catch (SQLException e) {
      throw new IllegalStateException(e);
    }
  }

  static void state(Throwable e, String sqlState) {
    assertThat(e).isInstanceOf(SQLException.class);
    assertThat(((SQLException) e).getSQLState()).isEqualTo(sqlState);
  }
}
