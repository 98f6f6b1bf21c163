package org.expensetracker.adapters.persistence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
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

  @Test
  void aStatementOverTheTimeoutIsReportedAsStorageUnavailable() {
    DatabaseSettings base = TestDatabase.settings();
    DatabaseSettings quick =
        new DatabaseSettings(
            base.jdbcUrl(),
            base.username(),
            base.password(),
            1,
            Duration.ofSeconds(2),
            Duration.ofMillis(200));
    try (PostgresStorage slow = PostgresStorage.start(quick)) {
      JdbiTransactions slowTx = (JdbiTransactions) slow.transactions();
      assertThatThrownBy(() -> slowTx.withHandle(h -> h.execute("select pg_sleep(2)")))
          .isInstanceOf(StorageUnavailable.class);
    }
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
