package org.expensetracker.adapters.persistence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.OffsetDateTime;
import java.util.Currency;
import java.util.List;
import java.util.Optional;
import org.expensetracker.adapters.persistence.testing.PostgresTest;
import org.expensetracker.adapters.persistence.testing.TestDatabase;
import org.expensetracker.application.port.out.Expenses;
import org.expensetracker.domain.expense.Expense;
import org.expensetracker.domain.expense.ExpenseFilter;
import org.expensetracker.domain.expense.ExpenseSort;
import org.expensetracker.domain.identity.UserId;
import org.expensetracker.domain.workspace.Role;
import org.expensetracker.domain.workspace.WorkspaceId;
import org.junit.jupiter.api.Test;

/**
 * What the hot read path relies on: reads without a transaction, and page plans that are cached.
 */
@PostgresTest
class ReadPathOnPostgresTest {
  static final Currency USD = Currency.getInstance("USD");
  private final PostgresStorage storage = TestDatabase.storage();
  private final JdbiTransactions tx = SqlFixtures.tx(storage);

  private OffsetDateTime now() {
    return tx.withHandle(h -> h.createQuery("select now()").mapTo(OffsetDateTime.class).one());
  }

  private void pause() {
    tx.withHandle(h -> h.createQuery("select pg_sleep(0.01)").mapToMap().one());
  }

  /** now() twice, 10 ms apart: equal inside one transaction, different outside one. */
  private List<OffsetDateTime> nowTwice() {
    OffsetDateTime first = now();
    pause();
    return List.of(first, now());
  }

  @Test
  void readingRunsEachStatementOnItsOwnWhileATransactionSharesOneSnapshot() {
    List<OffsetDateTime> reading = tx.reading(this::nowTwice);
    assertThat(reading.get(1)).isAfter(reading.get(0)); // now() is the statement's transaction

    List<OffsetDateTime> inTransaction = tx.inTransaction(this::nowTwice);
    assertThat(inTransaction.get(1)).isEqualTo(inTransaction.get(0));
  }

  @Test
  void readingInsideATransactionJoinsIt() {
    List<OffsetDateTime> times =
        tx.inTransaction(
            () -> {
              OffsetDateTime outer = now();
              pause();
              return List.of(outer, tx.reading(this::now));
            });
    assertThat(times.get(1)).isEqualTo(times.get(0));
  }

  @Test
  void aTransactionCannotBeginInsideReadingWhereItsLocksAndWritesWouldNotHold() {
    assertThatThrownBy(() -> tx.reading(() -> tx.inTransaction(this::now)))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("inside reading()");
  }

  @Test
  void theExpensePageIsPlannedOnceAndThenServedFromTheCachedPlan() {
    WorkspaceId ws = SqlFixtures.workspace(storage, USD);
    UserId alice = SqlFixtures.user(storage, "Alice");
    SqlFixtures.member(storage, ws, alice, Role.MEMBER);
    // Enough rows (and fresh statistics) for the planner's costs to be those of a real workspace.
    tx.inTransaction( // one transaction: V40 checks at commit that each expense adds up
        () ->
            tx.withHandle(
                h -> {
                  h.createUpdate(
                          """
                  insert into expenses (workspace_id, id, amount_minor, currency, description,
                                        category, spent_at, paid_by, split_mode, created_by,
                                        created_at, updated_at, version)
                  select :ws, md5(:ws::text || i)::uuid, 100 + i, 'USD', 'Item ' || i, 'Food',
                         date '2025-01-01' + i % 300, :alice, 'equal', :alice, now(), now(), 1
                    from generate_series(1, 1000) i
                  """)
                      .bind("ws", ws.value())
                      .bind("alice", alice.value())
                      .execute();
                  h.createUpdate(
                          """
                  insert into expense_shares (workspace_id, expense_id, user_id, paid_minor,
                                              owed_minor, in_split)
                  select :ws, md5(:ws::text || i)::uuid, :alice, 100 + i, 100 + i, true
                    from generate_series(1, 1000) i
                  """)
                      .bind("ws", ws.value())
                      .bind("alice", alice.value())
                      .execute();
                  return null;
                }));
    tx.withHandle(
        h -> {
          h.execute("analyze expenses");
          h.execute("analyze expense_shares");
          return null;
        });
    Expenses.Query query =
        new Expenses.Query(ws, USD, ExpenseFilter.all(), ExpenseSort.DEFAULT, Optional.empty());

    // One connection: the driver prepares the statement on the server after 5 runs, PostgreSQL
    // tries 5 custom plans, then keeps the generic one if it is no dearer. A bound LIMIT made the
    // generic plan look dearer, so every run was planned again.
    long generic =
        tx.reading(
            () -> {
              for (int i = 0; i < 20; i++) {
                List<Expense> page = storage.expenses().list(query, 51);
                assertThat(page).hasSize(51);
              }
              return tx.withHandle(
                  h ->
                      h.createQuery(
                              "select coalesce(sum(generic_plans), 0) from pg_prepared_statements"
                                  + " where statement like '%from expenses e cross join lateral%'")
                          .mapTo(Long.class)
                          .one());
            });
    assertThat(generic).isGreaterThan(0);
  }
}
