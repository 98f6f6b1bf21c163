package org.expensetracker.application.port.in;

import java.util.Objects;
import java.util.OptionalLong;
import org.expensetracker.domain.expense.ExpenseId;
import org.expensetracker.domain.identity.UserId;
import org.expensetracker.domain.workspace.WorkspaceId;

/** Incoming port: delete an expense (its author, or an admin or the owner). */
public interface DeleteExpenseUseCase {

  void delete(DeleteExpense command);

  /** Which expense, who deletes it and, optionally, the version they saw (If-Match). */
  record DeleteExpense(
      WorkspaceId workspace, UserId actor, ExpenseId expense, OptionalLong expectedVersion) {
    public DeleteExpense {
      Objects.requireNonNull(workspace, "workspace");
      Objects.requireNonNull(actor, "actor");
      Objects.requireNonNull(expense, "expense");
      Objects.requireNonNull(expectedVersion, "expectedVersion");
    }
  }
}
