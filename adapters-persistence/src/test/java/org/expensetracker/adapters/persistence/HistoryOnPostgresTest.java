package org.expensetracker.adapters.persistence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Currency;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.stream.Collectors;
import org.expensetracker.adapters.persistence.testing.PostgresTest;
import org.expensetracker.adapters.persistence.testing.TestDatabase;
import org.expensetracker.application.ExpenseTracker;
import org.expensetracker.application.port.in.ChangesUseCase;
import org.expensetracker.application.port.in.CreateExpenseUseCase.CreateExpense;
import org.expensetracker.application.port.in.DeleteExpenseUseCase.DeleteExpense;
import org.expensetracker.application.port.in.ListExpensesUseCase.ListExpenses;
import org.expensetracker.application.port.in.PatchExpenseUseCase.PatchExpense;
import org.expensetracker.application.port.in.Scope;
import org.expensetracker.domain.expense.Expense;
import org.expensetracker.domain.expense.ExpenseFilter;
import org.expensetracker.domain.expense.ExpensePatch;
import org.expensetracker.domain.expense.ExpenseSort;
import org.expensetracker.domain.history.ActivityFilter;
import org.expensetracker.domain.history.FeedPosition;
import org.expensetracker.domain.identity.UserId;
import org.expensetracker.domain.shared.DomainException;
import org.expensetracker.domain.workspace.Role;
import org.expensetracker.domain.workspace.WorkspaceId;
import org.junit.jupiter.api.Test;

/**
 * The history features where only a real database can tell: the trail is append-only for any SQL, a
 * rolled-back change leaves no entry, and the change feed misses nothing under concurrent writers,
 * including a transaction that commits long after later ones.
 */
@PostgresTest
class HistoryOnPostgresTest {
  private final PostgresStorage storage = TestDatabase.storage();
  private final JdbiTransactions tx = SqlFixtures.tx(storage);
  private final ExpenseTracker core = SqlFixtures.core(storage);

  private final WorkspaceId ws = SqlFixtures.workspace(storage, Currency.getInstance("EUR"));
  private final UserId ann = member("Ann");
  private final UserId ben = member("Ben");

  private UserId member(String name) {
    UserId user = SqlFixtures.user(storage, name);
    SqlFixtures.member(storage, ws, user, Role.ADMIN);
    return user;
  }

  private Expense spend(UserId by, String amount) {
    return core.createExpense()
        .create(
            new CreateExpense(
                ws,
                by,
                new BigDecimal(amount),
                "Thing",
                "Stuff",
                LocalDate.of(2026, 11, 20),
                Optional.empty(),
                Optional.empty(),
                null));
  }

  private int entries() {
    return storage.auditTrail().list(ws, ActivityFilter.all(), Optional.empty(), 10_000).size();
  }

  @Test
  void noSqlCanChangeOrDeleteAnEntryButDeletingTheWorkspaceTakesThemAlong() {
    spend(ann, "5.00");
    assertThatThrownBy(
            () -> tx.withHandle(h -> h.execute("update audit_entries set action = 'deleted'")))
        .hasMessageContaining("cannot be changed or deleted");
    assertThatThrownBy(() -> tx.withHandle(h -> h.execute("delete from audit_entries")))
        .hasMessageContaining("cannot be changed or deleted");
    assertThat(entries()).isEqualTo(1);

    tx.withHandle(h -> h.execute("delete from workspaces where id = ?", ws.value()));
    assertThat(
            tx.<Integer>withHandle(
                h ->
                    h.createQuery("select count(*) from audit_entries where workspace_id = :w")
                        .bind("w", ws.value())
                        .mapTo(Integer.class)
                        .one()))
        .isZero();
  }

  @Test
  void aChangeThatRollsBackLeavesNoEntry() {
    int before = entries();
    assertThatThrownBy(
            () ->
                storage
                    .transactions()
                    .inTransaction(
                        () -> {
                          spend(ann, "7.00");
                          throw new IllegalStateException("something later failed");
                        }))
        .hasMessageContaining("later failed");
    assertThat(entries()).isEqualTo(before);
    assertThat(listLive()).isEmpty();
  }

  private List<Expense> listLive() {
    return core.listExpenses()
        .list(
            new ListExpenses(
                ws, ann, ExpenseFilter.all(), ExpenseSort.DEFAULT, Optional.empty(), 200))
        .items();
  }

  @Test
  void replayingTheFeedDuringConcurrentWritesEndsWithTheServersState() throws Exception {
    ExecutorService pool = Executors.newFixedThreadPool(4);
    AtomicBoolean writing = new AtomicBoolean(true);
    Map<String, ChangesUseCase.Change> client = new HashMap<>();
    try {
      List<Future<?>> writers = new ArrayList<>();
      for (int w = 0; w < 2; w++) {
        long seed = 42 + w;
        writers.add(pool.submit(() -> randomEdits(new Random(seed), 25)));
      }
      // A slow writer: its entry takes an early place but commits after many later ones.
      writers.add(
          pool.submit(
              () -> {
                for (int i = 0; i < 4; i++) {
                  storage
                      .transactions()
                      .inTransaction(
                          () -> {
                            spend(ben, "1.11");
                            sleep(150);
                            return null;
                          });
                }
              }));
      Future<?> reader =
          pool.submit(
              () -> {
                Optional<FeedPosition> token = Optional.empty();
                while (writing.get()) {
                  token = apply(client, token);
                  sleep(5);
                }
                return apply(client, token);
              });
      for (Future<?> writer : writers) {
        writer.get(60, TimeUnit.SECONDS);
      }
      writing.set(false);
      reader.get(60, TimeUnit.SECONDS);
    } finally {
      pool.shutdownNow();
    }

    Map<String, Long> server =
        listLive().stream().collect(Collectors.toMap(e -> "expense/" + e.id(), Expense::version));
    Map<String, Long> mirrored =
        client.values().stream()
            .filter(c -> c instanceof ChangesUseCase.ExpenseChanged)
            .map(c -> ((ChangesUseCase.ExpenseChanged) c).expense())
            .collect(Collectors.toMap(e -> "expense/" + e.id(), Expense::version));
    assertThat(server).hasSizeGreaterThan(4);
    assertThat(mirrored).isEqualTo(server);
    Set<String> members =
        client.values().stream()
            .filter(c -> c instanceof ChangesUseCase.MemberChanged)
            .map(c -> c.id().toString())
            .collect(Collectors.toSet());
    assertThat(members).isEmpty(); // members were added with SQL here, never through the core
  }

  private Optional<FeedPosition> apply(
      Map<String, ChangesUseCase.Change> client, Optional<FeedPosition> since) {
    Optional<FeedPosition> token = since;
    while (true) {
      ChangesUseCase.Page page = core.changes().changes(new Scope(ws, ann), token, 7);
      page.changes().forEach(c -> client.put(c.type().wireName() + "/" + c.id(), c));
      token = page.next();
      if (!page.more()) {
        return token;
      }
    }
  }

  private void randomEdits(Random random, int count) {
    List<Expense> mine = new ArrayList<>();
    for (int i = 0; i < count; i++) {
      try {
        int op = mine.isEmpty() ? 0 : random.nextInt(4);
        if (op == 0) {
          mine.add(spend(ann, (1 + random.nextInt(50)) + ".00"));
        } else if (op == 1) {
          Expense e = mine.get(random.nextInt(mine.size()));
          core.patchExpense()
              .patch(
                  new PatchExpense(
                      ws,
                      ann,
                      e.id(),
                      OptionalLong.empty(),
                      ExpensePatch.none().withCategory("C" + random.nextInt(1000))));
        } else if (op == 2) {
          Expense e = mine.get(random.nextInt(mine.size()));
          core.deleteExpense().delete(new DeleteExpense(ws, ann, e.id(), OptionalLong.empty()));
        } else {
          Expense e = mine.get(random.nextInt(mine.size()));
          core.restoreExpense().restore(new Scope(ws, ann), e.id());
        }
      } catch (DomainException expected) {
        // deleting a deleted one, restoring a live one: refused, and nothing written
      }
    }
  }

  private static void sleep(long millis) {
    try {
      Thread.sleep(millis);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }
}
