package org.expensetracker.adapters.persistence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import org.expensetracker.adapters.persistence.testing.PostgresTest;
import org.expensetracker.adapters.persistence.testing.TestDatabase;
import org.jdbi.v3.core.statement.UnableToExecuteStatementException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** {@link JdbiTransactions#write}: writes held back until the next statement or the commit. */
@PostgresTest
class DeferredWritesOnPostgresTest {
  private final PostgresStorage storage = TestDatabase.storage();
  private final JdbiTransactions tx = SqlFixtures.tx(storage);

  @BeforeEach
  void createProbe() {
    tx.withHandle(
        h -> h.execute("create table deferred_probe (id int primary key, note text not null)"));
  }

  @AfterEach // not part of the schema: the schema's own tests must not see it
  void dropProbe() {
    tx.withHandle(h -> h.execute("drop table deferred_probe"));
  }

  private static DeferredWrite insert(int id, String note) {
    DeferredWrite w =
        new DeferredWrite("insert into deferred_probe (id, note) values (:id, :note)");
    w.put("id", id, Integer.class);
    w.put("note", note, String.class);
    return w;
  }

  private static DeferredWrite rename(int id, String note) {
    DeferredWrite w = new DeferredWrite("update deferred_probe set note = :note where id = :id");
    w.put("id", id, Integer.class);
    w.put("note", note, String.class);
    return w;
  }

  private List<String> rows() {
    return tx.withHandle(
        h ->
            h.createQuery("select id || ':' || note from deferred_probe order by id")
                .mapTo(String.class)
                .list());
  }

  @Test
  void writesWithTheSameParameterNamesGoTogetherWithTheCommitInOrder() {
    tx.inTransaction(
        () -> {
          tx.write(insert(1, "first"));
          tx.write(insert(2, "second"));
          tx.write(rename(1, "renamed"));
          return null;
        });

    assertThat(rows()).containsExactly("1:renamed", "2:second");
  }

  @Test
  void aStatementAfterADeferredWriteSeesIt() {
    List<String> seen =
        tx.inTransaction(
            () -> {
              tx.write(insert(3, "pending"));
              return rows();
            });

    assertThat(seen).containsExactly("3:pending");
  }

  @Test
  void aDeferredWriteFailsLaterAndTakesTheWholeTransactionWithIt() {
    tx.write(insert(4, "already there"));
    AtomicBoolean wentOn = new AtomicBoolean();

    assertThatThrownBy(
            () ->
                tx.inTransaction(
                    () -> {
                      tx.withHandle(h -> h.execute("insert into deferred_probe values (5, 'x')"));
                      tx.write(insert(4, "duplicate"));
                      wentOn.set(true); // the duplicate has not been sent yet
                      return null;
                    }))
        .isInstanceOf(UnableToExecuteStatementException.class)
        .hasMessageContaining("deferred_probe_pkey");

    assertThat(wentOn).isTrue();
    assertThat(rows()).containsExactly("4:already there");
  }

  @Test
  void aTransactionThatFailsSendsNothingItHeldBack() {
    assertThatThrownBy(
            () ->
                tx.inTransaction(
                    () -> {
                      tx.write(insert(6, "never"));
                      throw new IllegalStateException("the use case gives up");
                    }))
        .hasMessage("the use case gives up");

    assertThat(rows()).isEmpty();
    tx.inTransaction(() -> tx.withHandle(h -> h.execute("select 1"))); // the next one is clean
    assertThat(rows()).isEmpty();
  }

  @Test
  void outsideATransactionAWriteRunsAtOnce() {
    tx.write(insert(7, "alone"));
    assertThat(rows()).containsExactly("7:alone");

    // In an auto-commit read there is no commit to wait for either: the failure comes at once.
    AtomicBoolean wentOn = new AtomicBoolean();
    assertThatThrownBy(
            () ->
                tx.reading(
                    () -> {
                      tx.write(insert(7, "duplicate"));
                      wentOn.set(true);
                      return null;
                    }))
        .isInstanceOf(UnableToExecuteStatementException.class);
    assertThat(wentOn).isFalse();
  }

  @Test
  void aDeferredWriteIsOneStatementWithoutLiterals() {
    assertThatThrownBy(() -> new DeferredWrite("insert into deferred_probe values (1, 'a')"))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new DeferredWrite("delete from deferred_probe; select 1"))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
