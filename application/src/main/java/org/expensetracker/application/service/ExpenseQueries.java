package org.expensetracker.application.service;

import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import org.expensetracker.application.port.in.GetExpenseUseCase;
import org.expensetracker.application.port.in.ListExpensesUseCase;
import org.expensetracker.application.port.in.SummarizeExpensesUseCase;
import org.expensetracker.application.port.out.Expenses;
import org.expensetracker.application.port.out.Transactions;
import org.expensetracker.domain.expense.Expense;
import org.expensetracker.domain.expense.ExpenseFilter;
import org.expensetracker.domain.expense.ExpensePosition;
import org.expensetracker.domain.expense.ExpenseSummary;
import org.expensetracker.domain.shared.Forbidden;
import org.expensetracker.domain.shared.NotFound;
import org.expensetracker.domain.workspace.Action;
import org.expensetracker.domain.workspace.Membership;

/** Reading expenses: one, a page, a stream, a summary. Any member may read. */
final class ExpenseQueries
    implements GetExpenseUseCase, ListExpensesUseCase, SummarizeExpensesUseCase {
  private final Transactions transactions;
  private final WorkspaceAccess access;
  private final Expenses expenses;

  ExpenseQueries(Transactions transactions, WorkspaceAccess access, Expenses expenses) {
    this.transactions = transactions;
    this.access = access;
    this.expenses = expenses;
  }

  @Override
  public Expense get(GetExpense query) {
    return transactions.reading(
        () -> {
          access.reader(query.workspace(), query.actor());
          return expenses
              .find(query.workspace(), query.expense())
              .filter(e -> !e.isDeleted())
              .orElseThrow(() -> new NotFound("Expense"));
        });
  }

  @Override
  public Page list(ListExpenses query) {
    // Reads only: the membership check and the page need no common snapshot. Most lists need
    // nothing of the membership to be read, and are read with it.
    return transactions.reading(
        () -> {
          // One row more than asked tells whether there is a next page without a count.
          int limit = query.limit() + 1;
          List<Expense> rows =
              !query.deleted() && Expenses.ReaderQuery.covers(query.filter())
                  ? access.pageForReader(
                      new Expenses.ReaderQuery(
                          query.actor(),
                          query.workspace(),
                          query.filter(),
                          query.sort(),
                          query.after()),
                      limit)
                  : expenses.list(storageQuery(query), limit);
          if (rows.size() <= query.limit()) {
            return new Page(rows, Optional.empty());
          }
          List<Expense> items = rows.subList(0, query.limit());
          return new Page(items, Optional.of(ExpensePosition.of(items.get(items.size() - 1))));
        });
  }

  @Override
  public void export(ListExpenses query, Consumer<Expense> sink) {
    transactions.run(() -> expenses.forEach(storageQuery(query), sink));
  }

  @Override
  public ExpenseSummary summarize(SummarizeExpenses query) {
    return transactions.inTransaction(
        () -> {
          Membership reader = access.reader(query.workspace(), query.actor());
          return expenses.summarize(query.workspace(), reader.currency(), query.from(), query.to());
        });
  }

  private Expenses.Query storageQuery(ListExpenses query) {
    Membership reader = access.reader(query.workspace(), query.actor());
    query.filter().requireExactIn(reader.currency());
    query.filter().paidBy().ifPresent(u -> access.requireKnownPerson(query.workspace(), u));
    query.filter().createdBy().ifPresent(u -> access.requireKnownPerson(query.workspace(), u));
    ExpenseFilter filter = query.filter();
    if (query.deleted() && !reader.allows(Action.EDIT_ANY_EXPENSE)) {
      // Members see the deleted expenses they recorded (those they may restore); viewers none.
      reader.require(Action.EDIT_OWN_EXPENSE);
      if (filter.createdBy().filter(u -> !u.equals(query.actor())).isPresent()) {
        throw new Forbidden("Members may only list the deleted expenses they recorded");
      }
      filter = filter.withCreatedBy(query.actor());
    }
    return new Expenses.Query(
        query.workspace(), reader.currency(), filter, query.sort(), query.after(), query.deleted());
  }
}
