package org.expensetracker.adapters.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Currency;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import org.expensetracker.adapters.persistence.testing.PostgresTest;
import org.expensetracker.adapters.persistence.testing.TestDatabase;
import org.expensetracker.application.port.out.Expenses;
import org.expensetracker.domain.expense.Expense;
import org.expensetracker.domain.expense.ExpenseFilter;
import org.expensetracker.domain.expense.ExpensePosition;
import org.expensetracker.domain.expense.ExpenseSort;
import org.expensetracker.domain.identity.UserId;
import org.expensetracker.domain.workspace.WorkspaceId;
import org.junit.jupiter.api.Test;

/**
 * Not part of the build (the name does not end in Test): seeds 1,000,000 expenses in one workspace
 * with generate_series and checks, with EXPLAIN and timings, that a page deep in the list costs
 * what the first page costs. Run by hand: {@code mvn -o -pl adapters-persistence -am verify
 * -Dtest=ExpensePerformanceProbe -Dsurefire.failIfNoSpecifiedTests=false}; numbers go into
 * docs/performance.md.
 */
@PostgresTest
class ExpensePerformanceProbe {
  static final int ROWS = Integer.getInteger("probe.rows", 1_000_000);
  static final Currency USD = Currency.getInstance("USD");
  private final PostgresStorage storage = TestDatabase.storage();
  private final JdbiTransactions db = SqlFixtures.tx(storage);
  // Seeding and VACUUM take longer than the adapter's statement timeout: a plain connection.
  private final org.jdbi.v3.core.Jdbi admin =
      org.jdbi.v3.core.Jdbi.create(TestDatabase.postgres().getPostgresDatabase());

  @Test
  void deepPagesCostWhatTheFirstPageCosts() {
    WorkspaceId ws = SqlFixtures.workspace(storage, USD);
    WorkspaceId noise = SqlFixtures.workspace(storage, USD);
    List<UserId> users = new ArrayList<>();
    for (int i = 0; i < 5; i++) {
      users.add(SqlFixtures.user(storage, "User " + i));
    }
    long seedStart = System.nanoTime();
    seed(ws, users, ROWS);
    seed(noise, users, ROWS / 10);
    admin.useHandle(h -> h.execute("vacuum analyze expenses"));
    System.out.printf(
        "seeded %,d + %,d rows in %.1f s%n",
        ROWS, ROWS / 10, (System.nanoTime() - seedStart) / 1e9);

    Expenses expenses = storage.expenses();
    for (ExpenseSort sort :
        List.of(ExpenseSort.SPENT_AT_DESC, ExpenseSort.AMOUNT, ExpenseSort.CREATED_AT_DESC)) {
      Expenses.Query first =
          new Expenses.Query(ws, USD, ExpenseFilter.all(), sort, Optional.empty());
      // A position near the end of the list: the 999,950th row in this order.
      Expense[] deepRow = new Expense[1];
      int[] seen = {0};
      storage
          .transactions()
          .run(
              () ->
                  expenses.forEach(
                      first,
                      e -> {
                        if (++seen[0] == ROWS - 50) {
                          deepRow[0] = e;
                        }
                      }));
      Expenses.Query deep =
          new Expenses.Query(
              ws, USD, ExpenseFilter.all(), sort, Optional.of(ExpensePosition.of(deepRow[0])));
      double firstMs = median(() -> inTx(() -> expenses.list(first, 51)));
      double deepMs = median(() -> inTx(() -> expenses.list(deep, 51)));
      System.out.printf(
          "%-12s first page %.2f ms, page at row %,d: %.2f ms%n",
          sort.wireName(), firstMs, ROWS - 50, deepMs);
      String plan = explain(deep, 51);
      System.out.println(plan);
      assertThat(plan).contains("Index Scan").doesNotContain("Sort  (").doesNotContain("Seq Scan");
    }

    ExpenseFilter category = filter("Food", null);
    Expenses.Query byCategory =
        new Expenses.Query(ws, USD, category, ExpenseSort.DEFAULT, Optional.empty());
    System.out.printf(
        "category=Food first page %.2f ms%n",
        median(() -> inTx(() -> expenses.list(byCategory, 51))));
    System.out.println(explain(byCategory, 51));

    ExpenseFilter text = filter(null, "taxi 4242");
    Expenses.Query search =
        new Expenses.Query(ws, USD, text, ExpenseSort.DEFAULT, Optional.empty());
    System.out.printf(
        "q='taxi 4242' first page %.2f ms%n", median(() -> inTx(() -> expenses.list(search, 51))));
    String searchPlan = explain(search, 51);
    System.out.println(searchPlan);
    assertThat(searchPlan).contains("trgm");

    double summaryMs =
        median(() -> inTx(() -> expenses.summarize(ws, USD, Optional.empty(), Optional.empty())));
    System.out.printf("summary over %,d rows %.1f ms%n", ROWS, summaryMs);
    var summary = inTx(() -> expenses.summarize(ws, USD, Optional.empty(), Optional.empty()));
    assertThat(summary.count()).isEqualTo(ROWS);
    double monthMs =
        median(
            () ->
                inTx(
                    () ->
                        expenses.summarize(
                            ws,
                            USD,
                            Optional.of(java.time.LocalDate.of(2025, 3, 1)),
                            Optional.of(java.time.LocalDate.of(2025, 3, 31)))));
    System.out.printf("summary over one month %.1f ms%n", monthMs);
  }

  private ExpenseFilter filter(String category, String text) {
    return new ExpenseFilter(
        Optional.empty(),
        Optional.empty(),
        Optional.ofNullable(category),
        Optional.empty(),
        Optional.empty(),
        Optional.empty(),
        Optional.empty(),
        Optional.ofNullable(text));
  }

  private void seed(WorkspaceId ws, List<UserId> users, int rows) {
    admin.withHandle(
        h ->
            h.createUpdate(
                    """
                    insert into expenses (workspace_id, id, amount_minor, currency, description,
                                          category, spent_at, paid_by, notes, created_by,
                                          created_at, updated_at, version)
                    select :ws, gen_random_uuid(), 1 + (g::bigint * 7919) % 100000, 'USD',
                           (array['Taxi', 'Dinner', 'Hotel', 'Groceries', 'Coffee'])[1 + g % 5]
                             || ' ' || g,
                           (array['Food', 'Travel', 'Fun', 'Rent', 'Misc', 'Health', 'Gifts',
                                  'Books'])[1 + g % 8],
                           date '2020-01-01' + (g % 2190),
                           (:users::uuid[])[1 + g % 5],
                           case when g % 10 = 0 then 'note ' || g end,
                           (:users::uuid[])[1 + (g / 7) % 5],
                           timestamptz '2024-01-01' + g * interval '1 second',
                           timestamptz '2024-01-01' + g * interval '1 second', 1
                      from generate_series(1, :rows) g
                    """)
                .bind("ws", ws.value())
                .bind("users", users.stream().map(u -> u.value().toString()).toArray(String[]::new))
                .bind("rows", rows)
                .execute());
  }

  private String explain(Expenses.Query query, int limit) {
    ExpenseListSql sql = ExpenseListSql.of(query, true);
    return db.withHandle(
        h ->
            String.join(
                "\n",
                h.createQuery(
                        "explain (analyze, buffers, costs off) " + sql.sql() + " limit :limit")
                    .bindMap(sql.params())
                    .bind("limit", limit)
                    .mapTo(String.class)
                    .list()));
  }

  private <T> T inTx(Supplier<T> work) {
    return storage.transactions().inTransaction(work);
  }

  private static double median(Runnable work) {
    for (int i = 0; i < 20; i++) {
      work.run();
    }
    double[] ms = new double[21];
    for (int i = 0; i < ms.length; i++) {
      long start = System.nanoTime();
      work.run();
      ms[i] = (System.nanoTime() - start) / 1e6;
    }
    Arrays.sort(ms);
    return ms[ms.length / 2];
  }
}
