package org.expensetracker.application.port.in;

import java.util.Objects;
import java.util.Optional;
import java.util.OptionalLong;
import org.expensetracker.domain.expense.Expense;
import org.expensetracker.domain.expense.ExpenseId;
import org.expensetracker.domain.expense.ExpensePatch;
import org.expensetracker.domain.identity.UserId;
import org.expensetracker.domain.workspace.WorkspaceId;

/**
 * Incoming port: change some fields of an expense. With an expected version (If-Match) a stale
 * caller is refused (412); without one the change applies to the latest version, never losing a
 * concurrent one.
 */
public interface PatchExpenseUseCase {

  Expense patch(PatchExpense command);

  /**
   * The change, who makes it and, optionally, the version they saw. {@code original} changes the
   * amount spent in another currency: a new original amount is converted with the rate the expense
   * already has; a new currency needs a new rate (given, or looked up for the day).
   */
  record PatchExpense(
      WorkspaceId workspace,
      UserId actor,
      ExpenseId expense,
      OptionalLong expectedVersion,
      ExpensePatch patch,
      Optional<OriginalAmount> original) {
    /** A change that leaves the original amount and rate (if any) alone. */
    public PatchExpense(
        WorkspaceId workspace,
        UserId actor,
        ExpenseId expense,
        OptionalLong expectedVersion,
        ExpensePatch patch) {
      this(workspace, actor, expense, expectedVersion, patch, Optional.empty());
    }

    public PatchExpense {
      Objects.requireNonNull(original, "original");
      Objects.requireNonNull(workspace, "workspace");
      Objects.requireNonNull(actor, "actor");
      Objects.requireNonNull(expense, "expense");
      Objects.requireNonNull(expectedVersion, "expectedVersion");
      Objects.requireNonNull(patch, "patch");
    }
  }
}
