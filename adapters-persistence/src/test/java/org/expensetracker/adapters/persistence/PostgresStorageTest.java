package org.expensetracker.adapters.persistence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowable;

import com.zaxxer.hikari.HikariDataSource;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.TimeZone;
import org.expensetracker.adapters.persistence.testing.PostgresTest;
import org.expensetracker.adapters.persistence.testing.TestDatabase;
import org.expensetracker.application.port.out.StorageUnavailable;
import org.junit.jupiter.api.Test;

@PostgresTest
class PostgresStorageTest {
  private final PostgresStorage storage = TestDatabase.storage();
  private final JdbiTransactions tx = (JdbiTransactions) storage.transactions();

  @Test
  void healthCheckAnswersWhenTheDatabaseIsUp() {
    assertThat(storage.health().storageAnswers()).isTrue();
  }

  @Test
  void aFailingUseCaseWritesNothing() {
    assertThatThrownBy(
            () ->
                tx.run(
                    () -> {
                      tx.withHandle(
                          h ->
                              h.execute(
                                  "insert into workspaces (id, name, currency, created_at)"
                                      + " values (gen_random_uuid(), 'Trip', 'EUR', now())"));
                      throw new IllegalStateException("boom");
                    }))
        .hasMessage("boom");

    assertThat(count("workspaces")).isZero();
  }

  @Test
  void repositoryCallsInsideATransactionShareOneConnection() {
    tx.run(
        () -> {
          int first =
              tx.withHandle(
                  h -> h.createQuery("select pg_backend_pid()").mapTo(Integer.class).one());
          int second =
              tx.withHandle(
                  h -> h.createQuery("select pg_backend_pid()").mapTo(Integer.class).one());
          assertThat(second).isEqualTo(first);
        });
  }

  /** One connection, a 200 ms statement timeout. */
  private static DatabaseSettings quick() {
    DatabaseSettings base = TestDatabase.settings();
    return new DatabaseSettings(
        base.jdbcUrl(),
        base.username(),
        base.password(),
        1,
        Duration.ofSeconds(2),
        Duration.ofMillis(200));
  }

  @Test
  void aStatementOverTheTimeoutIsReportedAsStorageUnavailable() {
    try (PostgresStorage slow = PostgresStorage.start(quick())) {
      JdbiTransactions slowTx = (JdbiTransactions) slow.transactions();
      assertThatThrownBy(() -> slowTx.withHandle(h -> h.execute("select pg_sleep(2)")))
          .isInstanceOf(StorageUnavailable.class);
    }
  }

  @Test
  void aUrlsOptionsStillCountAndThePoolsOwnWinOverThemOnTheServer() throws SQLException {
    DatabaseSettings base = TestDatabase.settings();
    String options = "options=-c%20search_path%3Dx%20-c%20statement_timeout%3D0";
    DatabaseSettings settings =
        new DatabaseSettings(
            base.jdbcUrl() + (base.jdbcUrl().contains("?") ? "&" : "?") + options,
            base.username(),
            base.password(),
            1,
            Duration.ofSeconds(2),
            Duration.ofMillis(1500));
    try (HikariDataSource pool = new HikariDataSource(PostgresStorage.hikariConfig(settings));
        Connection connection = pool.getConnection();
        Statement statement = connection.createStatement()) {
      assertThat(show(statement, "search_path")).isEqualTo("x");
      assertThat(show(statement, "statement_timeout")).isEqualTo("1500ms");
      // pgjdbc's own startup parameter: the session keeps the JVM's zone.
      assertThat(show(statement, "TimeZone")).isEqualTo(TimeZone.getDefault().getID());
    }
  }

  private static String show(Statement statement, String setting) throws SQLException {
    try (ResultSet result = statement.executeQuery("SHOW " + setting)) {
      result.next();
      return result.getString(1);
    }
  }

  private static final String SECRET = "$2b$12$secret-looking-hash-never-logged";

  @Test
  void aFailedStatementNamesItsSqlButNeverItsArguments() {
    // An empty name breaks users_full_name_length; the server's detail would quote the whole row.
    Throwable failure =
        catchThrowable(
            () ->
                tx.withHandle(
                    h ->
                        h.createUpdate(
                                "insert into users (id, email, full_name, password_hash,"
                                    + " created_at, password_changed_at)"
                                    + " values (gen_random_uuid(), :email, '', :hash,"
                                    + " now(), now())")
                            .bind("email", "leak@example.com")
                            .bind("hash", SECRET)
                            .execute()));

    assertThat(failure).isNotNull().isNotInstanceOf(StorageUnavailable.class);
    assertThat(printed(failure))
        .contains("users_full_name_length", "insert into users")
        .doesNotContain(SECRET, "leak@example.com");
  }

  @Test
  void aStatementThatTimesOutNeverShowsItsArgumentsEither() {
    try (PostgresStorage slow = PostgresStorage.start(quick())) {
      JdbiTransactions slowTx = (JdbiTransactions) slow.transactions();
      Throwable failure =
          catchThrowable(
              () ->
                  slowTx.withHandle(
                      h ->
                          h.createQuery("select pg_sleep(2), :hash")
                              .bind("hash", SECRET)
                              .mapToMap()
                              .list()));

      assertThat(failure).isInstanceOf(StorageUnavailable.class);
      assertThat(printed(failure)).contains("pg_sleep").doesNotContain(SECRET);
    }
  }

  /** Everything a logger would write: messages, causes and suppressed exceptions. */
  private static String printed(Throwable e) {
    StringWriter out = new StringWriter();
    e.printStackTrace(new PrintWriter(out));
    return out + "\n" + e;
  }

  @Test
  void constraintsRefuseAWorkspaceWithTwoOwners() {
    assertThatThrownBy(
            () ->
                tx.withHandle(
                    h ->
                        h.execute(
                            """
                            with u as (
                              insert into users (id, email, full_name, password_hash, created_at, password_changed_at)
                              values (gen_random_uuid(), 'a@example.com', 'A', 'x', now(), now()),
                                     (gen_random_uuid(), 'b@example.com', 'B', 'x', now(), now())
                              returning id),
                            w as (
                              insert into workspaces (id, name, currency, created_at)
                              values (gen_random_uuid(), 'W', 'USD', now()) returning id)
                            insert into workspace_members (workspace_id, user_id, role, joined_at)
                            select w.id, u.id, 'owner', now() from w, u
                            """)))
        .isNotInstanceOf(StorageUnavailable.class);
    assertThat(count("workspace_members")).isZero();
  }

  private long count(String table) {
    return tx.withHandle(
        h -> h.createQuery("select count(*) from " + table).mapTo(Long.class).one());
  }
}
