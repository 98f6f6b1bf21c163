package org.expensetracker.application.port.in;

import org.expensetracker.domain.expense.Expense;
import org.expensetracker.domain.expense.ExpenseId;

/**
 * Incoming port: bring back a deleted expense (same id, next version), which counts in balances
 * again. Who may delete it may restore it.
 */
public interface RestoreExpenseUseCase {
  Expense restore(Scope scope, ExpenseId expense);
}
