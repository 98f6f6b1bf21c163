package org.expensetracker.adapters.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Optional;
import java.util.function.Supplier;
import org.expensetracker.adapters.persistence.testing.PostgresTest;
import org.expensetracker.adapters.persistence.testing.TestDatabase;
import org.expensetracker.application.port.out.Users;
import org.expensetracker.application.testing.Eventually;
import org.expensetracker.application.testing.UsersContract;
import org.expensetracker.domain.identity.TokenValidity;
import org.expensetracker.domain.identity.User;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The bearer check's cache against real PostgreSQL: changes made behind this instance's back
 * (another instance, an operator's SQL) reach it through the triggers' notifications, and while its
 * listener is cut off every read goes to the database.
 */
@PostgresTest
class TokenValidityOnPostgresTest {
  private static final Duration PATIENCE = Duration.ofSeconds(5);
  private static final Instant LATER = Instant.parse("2030-06-01T12:00:00.250Z");
  private final PostgresStorage storage = TestDatabase.storage();
  private final Users users = storage.users();
  private User user;

  @BeforeEach
  void aCachedVerifiedUser() {
    awaitThat(storage::tokenCacheOn, "the token cache is on");
    user = UsersContract.newUser(true);
    users.add(user);
    assertThat(users.tokenValidity(user.id())).contains(user.tokenValidity());
  }

  @Test
  void whileOnARepeatedReadIsServedFromMemory() throws SQLException {
    // Behind the cache's back: replica mode fires no triggers, so no notification is sent.
    changeWithoutNotifying();

    assertThat(users.tokenValidity(user.id())).contains(user.tokenValidity());
  }

  @Test
  void aPasswordChangeMadeElsewhereIsSeenWithinMoments() throws SQLException {
    sql("update users set password_changed_at = ? where id = ?", LATER);

    awaitThat(
        () -> users.tokenValidity(user.id()).equals(Optional.of(new TokenValidity(true, LATER))),
        "the new cutoff is read");
  }

  @Test
  void aUserDeletedElsewhereIsForgottenWithinMoments() throws SQLException {
    sql("delete from users where id = ?", null);

    awaitThat(() -> users.tokenValidity(user.id()).isEmpty(), "the user is gone");
  }

  @Test
  void whenTheListenerIsCutOffEveryReadGoesToTheDatabaseUntilItIsBack() throws SQLException {
    try (Connection c = TestDatabase.postgres().getPostgresDatabase().getConnection();
        Statement s = c.createStatement()) {
      s.execute(
          "select pg_terminate_backend(pid) from pg_stat_activity"
              + " where application_name = 'expense-tracker-token-listener'");
    }
    awaitThat(() -> !storage.tokenCacheOn(), "the token cache is off");

    changeWithoutNotifying();
    assertThat(users.tokenValidity(user.id())).contains(new TokenValidity(true, LATER));

    awaitThat(storage::tokenCacheOn, "the token cache is on again");
  }

  private void changeWithoutNotifying() throws SQLException {
    try (Connection c = TestDatabase.postgres().getPostgresDatabase().getConnection()) {
      try (Statement s = c.createStatement()) {
        s.execute("set session_replication_role = replica");
      }
      update(c, "update users set password_changed_at = ? where id = ?", LATER);
    }
  }

  private void sql(String statement, Instant changedAt) throws SQLException {
    try (Connection c = TestDatabase.postgres().getPostgresDatabase().getConnection()) {
      update(c, statement, changedAt);
    }
  }

  private void update(Connection c, String statement, Instant changedAt) throws SQLException {
    try (PreparedStatement update = c.prepareStatement(statement)) {
      int next = 1;
      if (changedAt != null) {
        update.setObject(next++, OffsetDateTime.ofInstant(changedAt, ZoneOffset.UTC));
      }
      update.setObject(next, user.id().value());
      assertThat(update.executeUpdate()).isEqualTo(1);
    }
  }

  private static void awaitThat(Supplier<Boolean> condition, String what) {
    Eventually.await(what, PATIENCE, condition);
  }
}
