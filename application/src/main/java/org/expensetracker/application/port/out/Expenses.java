package org.expensetracker.application.port.out;

import java.time.LocalDate;
import java.util.Currency;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import org.expensetracker.domain.expense.Expense;
import org.expensetracker.domain.expense.ExpenseFilter;
import org.expensetracker.domain.expense.ExpenseId;
import org.expensetracker.domain.expense.ExpensePosition;
import org.expensetracker.domain.expense.ExpenseSort;
import org.expensetracker.domain.expense.ExpenseSummary;
import org.expensetracker.domain.identity.UserId;
import org.expensetracker.domain.workspace.Membership;
import org.expensetracker.domain.workspace.WorkspaceId;

/**
 * Outgoing port: the expenses of every workspace. Every method is scoped to one workspace; an id
 * from another workspace is simply not found.
 */
public interface Expenses {

  void add(Expense expense);

  /** The expense, deleted or not (callers decide what a deleted one means to them). */
  Optional<Expense> find(WorkspaceId workspace, ExpenseId id);

  /**
   * Like {@link #find} but also locks the expense until the transaction ends, so a concurrent
   * change waits and then sees this one's result (no lost update).
   */
  Optional<Expense> findForUpdate(WorkspaceId workspace, ExpenseId id);

  /**
   * Stores {@code changed} (a soft delete or a restore included) if the stored version is still
   * {@code expectedVersion}; false when it moved on (or the expense is gone). A deleted expense
   * stops counting in lists, summaries and balances; nothing but deleting its workspace removes it
   * for good.
   */
  boolean update(Expense changed, long expectedVersion);

  /**
   * At most {@code limit} expenses matching the query, in its order, after its position: the live
   * ones, or only the deleted ones when the query says so.
   */
  List<Expense> list(Query query, int limit);

  /**
   * The reader's membership in the query's workspace and, for a member, at most {@code limit} of
   * its live expenses, as {@link #list} reads them; empty for anyone else. The default asks {@code
   * memberships}, then lists. An adapter that holds both tables overrides it to read them in one
   * round trip (a page's usual request is just these two reads) and, for a non-member, to read
   * nothing of the workspace.
   */
  default Optional<ReaderPage> listAsReader(Memberships memberships, ReaderQuery query, int limit) {
    return memberships
        .find(query.workspace(), query.reader())
        .map(reader -> new ReaderPage(reader, list(query.in(reader.currency()), limit)));
  }

  /**
   * Hands every matching expense to {@code sink} in the query's order, without holding them all in
   * memory (the position is ignored).
   */
  void forEach(Query query, Consumer<Expense> sink);

  /** Totals over the live expenses. */
  ExpenseSummary summarize(
      WorkspaceId workspace, Currency currency, Optional<LocalDate> from, Optional<LocalDate> to);

  /** Whether the user paid or recorded any expense in the workspace (a former member may have). */
  boolean involves(WorkspaceId workspace, UserId user);

  /**
   * A list of live expenses whose criteria do not depend on the reader's membership, so that the
   * two can be read together: by day, category and text. A filter naming people (who must be
   * checked against the members first) or amount bounds (read in the workspace's currency) is not
   * one.
   */
  record ReaderQuery(
      UserId reader,
      WorkspaceId workspace,
      ExpenseFilter filter,
      ExpenseSort sort,
      Optional<ExpensePosition> after) {

    public ReaderQuery {
      java.util.Objects.requireNonNull(reader, "reader");
      java.util.Objects.requireNonNull(workspace, "workspace");
      java.util.Objects.requireNonNull(filter, "filter");
      java.util.Objects.requireNonNull(sort, "sort");
      java.util.Objects.requireNonNull(after, "after");
      if (!covers(filter)) {
        throw new IllegalArgumentException("People and amounts need the membership first");
      }
    }

    /** Whether a list with this filter can be read with the membership. */
    public static boolean covers(ExpenseFilter filter) {
      return filter.paidBy().isEmpty()
          && filter.createdBy().isEmpty()
          && filter.minAmount().isEmpty()
          && filter.maxAmount().isEmpty();
    }

    /** The same list as a {@link Query} in the workspace's currency. */
    public Query in(Currency currency) {
      return new Query(workspace, currency, filter, sort, after);
    }
  }

  /** A reader's membership and the page read with it. */
  record ReaderPage(Membership reader, List<Expense> rows) {
    public ReaderPage {
      java.util.Objects.requireNonNull(reader, "reader");
      rows = List.copyOf(rows);
    }
  }

  /**
   * What to list: the workspace (and its currency, to read amount bounds), criteria, order and
   * where the previous page ended.
   */
  record Query(
      WorkspaceId workspace,
      Currency currency,
      ExpenseFilter filter,
      ExpenseSort sort,
      Optional<ExpensePosition> after,
      boolean deleted) {

    /** The live expenses. */
    public Query(
        WorkspaceId workspace,
        Currency currency,
        ExpenseFilter filter,
        ExpenseSort sort,
        Optional<ExpensePosition> after) {
      this(workspace, currency, filter, sort, after, false);
    }

    public Query {
      java.util.Objects.requireNonNull(workspace, "workspace");
      java.util.Objects.requireNonNull(currency, "currency");
      java.util.Objects.requireNonNull(filter, "filter");
      java.util.Objects.requireNonNull(sort, "sort");
      java.util.Objects.requireNonNull(after, "after");
    }
  }
}
