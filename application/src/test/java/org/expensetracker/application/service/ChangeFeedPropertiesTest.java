package org.expensetracker.application.service;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.stream.Collectors;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.expensetracker.application.port.in.ChangesUseCase;
import org.expensetracker.application.port.in.DeleteExpenseUseCase.DeleteExpense;
import org.expensetracker.application.port.in.ListExpensesUseCase.ListExpenses;
import org.expensetracker.application.port.in.PatchExpenseUseCase.PatchExpense;
import org.expensetracker.application.port.in.Scope;
import org.expensetracker.domain.expense.Expense;
import org.expensetracker.domain.expense.ExpenseFilter;
import org.expensetracker.domain.expense.ExpensePatch;
import org.expensetracker.domain.expense.ExpenseSort;
import org.expensetracker.domain.history.FeedPosition;
import org.expensetracker.domain.identity.UserId;
import org.expensetracker.domain.shared.DomainException;
import org.expensetracker.domain.workspace.WorkspaceId;

/**
 * Random edits (create, change, delete, restore) interleaved with a client that syncs at random
 * moments with random page sizes: after a last sync the client holds exactly the server's live
 * expenses at their current versions. (The same under truly concurrent writers on PostgreSQL is
 * {@code HistoryOnPostgresTest}.)
 */
class ChangeFeedPropertiesTest {

  @Property(tries = 60)
  void aClientThatAppliesEveryPageEndsWithTheServersState(
      @ForAll("edits") List<Integer> edits, @ForAll("pageSizes") List<Integer> pageSizes) {
    SharedExpensesTestbed bed = new SharedExpensesTestbed();
    UserId ann = bed.person("Ann");
    WorkspaceId ws = bed.workspace("EUR", ann, Map.of());
    Scope scope = new Scope(ws, ann);
    Map<String, ChangesUseCase.Change> client = new HashMap<>();
    Optional<FeedPosition> token = Optional.empty();
    List<Expense> made = new ArrayList<>();
    int page = 0;
    for (int edit : edits) {
      int op = edit % 5;
      try {
        if (op == 0 || made.isEmpty()) {
          made.add(bed.spend(ws, ann, (1 + edit % 97) + ".00"));
        } else {
          Expense e = made.get(edit % made.size());
          switch (op) {
            case 1 ->
                bed.core
                    .patchExpense()
                    .patch(
                        new PatchExpense(
                            ws,
                            ann,
                            e.id(),
                            OptionalLong.empty(),
                            ExpensePatch.none().withCategory("C" + edit)));
            case 2 ->
                bed.core
                    .deleteExpense()
                    .delete(new DeleteExpense(ws, ann, e.id(), OptionalLong.empty()));
            case 3 -> bed.core.restoreExpense().restore(scope, e.id());
            default ->
                token = sync(bed, scope, client, token, pageSizes.get(page++ % pageSizes.size()));
          }
        }
      } catch (DomainException refused) {
        // deleting a deleted expense or restoring a live one: refused, nothing written
      }
    }
    sync(bed, scope, client, token, pageSizes.get(page % pageSizes.size()));

    Map<String, Long> server =
        bed
            .core
            .listExpenses()
            .list(
                new ListExpenses(
                    ws, ann, ExpenseFilter.all(), ExpenseSort.DEFAULT, Optional.empty(), 200))
            .items()
            .stream()
            .collect(Collectors.toMap(e -> e.id().toString(), Expense::version));
    Map<String, Long> mirrored =
        client.values().stream()
            .filter(c -> c instanceof ChangesUseCase.ExpenseChanged)
            .map(c -> ((ChangesUseCase.ExpenseChanged) c).expense())
            .collect(Collectors.toMap(e -> e.id().toString(), Expense::version));
    assertThat(mirrored).isEqualTo(server);
  }

  private static Optional<FeedPosition> sync(
      SharedExpensesTestbed bed,
      Scope scope,
      Map<String, ChangesUseCase.Change> client,
      Optional<FeedPosition> since,
      int pageSize) {
    Optional<FeedPosition> token = since;
    while (true) {
      ChangesUseCase.Page page = bed.core.changes().changes(scope, token, pageSize);
      page.changes().forEach(c -> client.put(c.type().wireName() + "/" + c.id(), c));
      token = page.next();
      if (!page.more()) {
        return token;
      }
    }
  }

  @Provide
  Arbitrary<List<Integer>> edits() {
    return Arbitraries.integers().between(0, 10_000).list().ofMinSize(1).ofMaxSize(40);
  }

  @Provide
  Arbitrary<List<Integer>> pageSizes() {
    return Arbitraries.integers().between(1, 7).list().ofMinSize(1).ofMaxSize(5);
  }
}
