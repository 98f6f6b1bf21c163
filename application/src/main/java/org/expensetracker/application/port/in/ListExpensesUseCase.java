package org.expensetracker.application.port.in;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Consumer;
import org.expensetracker.domain.expense.Expense;
import org.expensetracker.domain.expense.ExpenseFilter;
import org.expensetracker.domain.expense.ExpensePosition;
import org.expensetracker.domain.expense.ExpenseSort;
import org.expensetracker.domain.identity.UserId;
import org.expensetracker.domain.shared.InvalidInput;
import org.expensetracker.domain.workspace.WorkspaceId;

/**
 * Incoming port: the expenses of a workspace, filtered and sorted, one keyset page at a time, or
 * all of them streamed (export).
 */
public interface ListExpensesUseCase {

  int MAX_LIMIT = 200;
  int DEFAULT_LIMIT = 50;

  Page list(ListExpenses query);

  /** Hands every matching expense to {@code sink}, in order, in constant memory. */
  void export(ListExpenses query, Consumer<Expense> sink);

  /**
   * Which expenses, in which order, from where, how many (1 to {@link #MAX_LIMIT}; ignored by
   * export). {@code deleted} lists the deleted ones instead of the live ones: admins and the owner
   * see all of them, members those they recorded, viewers none.
   */
  record ListExpenses(
      WorkspaceId workspace,
      UserId actor,
      ExpenseFilter filter,
      ExpenseSort sort,
      Optional<ExpensePosition> after,
      int limit,
      boolean deleted) {

    /** The live expenses. */
    public ListExpenses(
        WorkspaceId workspace,
        UserId actor,
        ExpenseFilter filter,
        ExpenseSort sort,
        Optional<ExpensePosition> after,
        int limit) {
      this(workspace, actor, filter, sort, after, limit, false);
    }

    public ListExpenses {
      Objects.requireNonNull(workspace, "workspace");
      Objects.requireNonNull(actor, "actor");
      Objects.requireNonNull(filter, "filter");
      Objects.requireNonNull(sort, "sort");
      Objects.requireNonNull(after, "after");
      if (limit < 1 || limit > MAX_LIMIT) {
        throw new InvalidInput("limit", "must be between 1 and " + MAX_LIMIT);
      }
    }
  }

  /** One page; {@code next} is where the following page starts, empty on the last page. */
  record Page(List<Expense> items, Optional<ExpensePosition> next) {
    public Page {
      items = List.copyOf(items);
      Objects.requireNonNull(next, "next");
    }
  }
}
