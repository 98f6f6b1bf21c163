package org.expensetracker.adapters.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.concurrent.Callable;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.expensetracker.adapters.persistence.testing.PostgresTest;
import org.expensetracker.adapters.persistence.testing.TestDatabase;
import org.expensetracker.application.ExpenseTracker;
import org.expensetracker.application.port.in.CreateExpenseUseCase.CreateExpense;
import org.expensetracker.application.port.in.GetExpenseUseCase.GetExpense;
import org.expensetracker.application.port.in.IdempotencyUseCase;
import org.expensetracker.application.port.in.PatchExpenseUseCase.PatchExpense;
import org.expensetracker.application.port.in.Scope;
import org.expensetracker.application.testing.FakeMemberships;
import org.expensetracker.domain.expense.Expense;
import org.expensetracker.domain.expense.ExpenseFilter;
import org.expensetracker.domain.expense.ExpensePatch;
import org.expensetracker.domain.expense.ExpenseSort;
import org.expensetracker.domain.identity.UserId;
import org.expensetracker.domain.shared.PreconditionFailed;
import org.expensetracker.domain.workspace.Role;
import org.expensetracker.domain.workspace.WorkspaceId;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The concurrency rules that only a real database can show: row locks, the version check and the
 * idempotency key's unique index, with requests racing on separate connections.
 */
@PostgresTest
class ExpenseConcurrencyTest {
  static final Currency USD = Currency.getInstance("USD");
  private final PostgresStorage storage = TestDatabase.storage();
  private final WorkspaceId ws = SqlFixtures.workspace(storage, USD);
  private final UserId alice = SqlFixtures.user(storage, "Alice");
  private final FakeMemberships memberships =
      new FakeMemberships().workspace(ws, USD).member(ws, alice, Role.MEMBER);
  private final ExpenseTracker core =
      ExpenseTracker.builder()
          .transactions(storage.transactions())
          .memberships(memberships)
          .expenses(storage.expenses())
          .idempotencyKeys(storage.idempotencyKeys())
          .ledger(storage.ledger())
          .settlements(storage.settlements())
          .auditTrail(storage.auditTrail())
          .build();
  private final ExecutorService pool = Executors.newFixedThreadPool(2);

  @AfterEach
  void stop() {
    pool.shutdownNow();
  }

  private Expense recorded() {
    return core.createExpense()
        .create(
            new CreateExpense(
                ws,
                alice,
                new BigDecimal("10.00"),
                "Dinner",
                "Food",
                LocalDate.of(2026, 11, 5),
                Optional.empty(),
                Optional.empty(),
                null));
  }

  /** Runs both tasks at the same moment and returns what each gave (or threw). */
  private List<Object> race(Callable<?> a, Callable<?> b) throws Exception {
    CyclicBarrier start = new CyclicBarrier(2);
    List<Future<Object>> futures = new ArrayList<>();
    for (Callable<?> task : List.of(a, b)) {
      futures.add(
          pool.submit(
              () -> {
                start.await();
                try {
                  return task.call();
                } catch (RuntimeException e) {
                  return e;
                }
              }));
    }
    List<Object> results = new ArrayList<>();
    for (Future<Object> f : futures) {
      results.add(f.get());
    }
    return results;
  }

  private Expense patch(Expense e, OptionalLong version, ExpensePatch patch) {
    return core.patchExpense().patch(new PatchExpense(ws, alice, e.id(), version, patch));
  }

  @Test
  void twoChangesFromTheSameVersionGiveOneSuccessAndOneStaleRefusal() throws Exception {
    for (int round = 0; round < 10; round++) {
      Expense e = recorded();
      List<Object> results =
          race(
              () -> patch(e, OptionalLong.of(1), ExpensePatch.none().withCategory("A")),
              () -> patch(e, OptionalLong.of(1), ExpensePatch.none().withCategory("B")));

      assertThat(results).filteredOn(r -> r instanceof Expense).hasSize(1);
      assertThat(results).filteredOn(r -> r instanceof PreconditionFailed).hasSize(1);
      Expense winner =
          (Expense) results.stream().filter(r -> r instanceof Expense).findFirst().get();
      assertThat(core.getExpense().get(new GetExpense(ws, alice, e.id()))).isEqualTo(winner);
    }
  }

  @Test
  void twoChangesWithoutAVersionBothLand() throws Exception {
    for (int round = 0; round < 10; round++) {
      Expense e = recorded();
      race(
          () -> patch(e, OptionalLong.empty(), ExpensePatch.none().withCategory("Travel")),
          () -> patch(e, OptionalLong.empty(), ExpensePatch.none().withNotes("taxi")));

      Expense now = core.getExpense().get(new GetExpense(ws, alice, e.id()));
      assertThat(now.category()).isEqualTo("Travel");
      assertThat(now.notes()).isEqualTo("taxi");
      assertThat(now.version()).isEqualTo(3);
    }
  }

  @Test
  void aConcurrentDuplicateWaitsForTheFirstAndReplaysItsResponse() throws Exception {
    IdempotencyUseCase.Request request =
        new IdempotencyUseCase.Request(
            new Scope(ws, alice), IdempotencyUseCase.Creates.EXPENSE, "retry-1", "ab".repeat(32));
    Callable<IdempotencyUseCase.Outcome> create =
        () ->
            core.idempotency()
                .run(
                    request,
                    () -> {
                      Expense e = recorded();
                      sleep(300); // hold the claim so the duplicate arrives while it is open
                      return new IdempotencyUseCase.Response(201, e.id().toString(), List.of());
                    });

    List<Object> results = race(create, create);

    IdempotencyUseCase.Outcome first = (IdempotencyUseCase.Outcome) results.get(0);
    IdempotencyUseCase.Outcome second = (IdempotencyUseCase.Outcome) results.get(1);
    assertThat(first.response()).isEqualTo(second.response());
    assertThat(List.of(first.replayed(), second.replayed())).containsExactlyInAnyOrder(true, false);
    assertThat(
            core.listExpenses()
                .list(
                    new org.expensetracker.application.port.in.ListExpensesUseCase.ListExpenses(
                        ws, alice, ExpenseFilter.all(), ExpenseSort.DEFAULT, Optional.empty(), 50))
                .items())
        .hasSize(1);
  }

  private static void sleep(long millis) {
    try {
      Thread.sleep(millis);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
