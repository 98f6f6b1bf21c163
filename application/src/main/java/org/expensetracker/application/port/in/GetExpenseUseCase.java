package org.expensetracker.application.port.in;

import java.util.Objects;
import org.expensetracker.domain.expense.Expense;
import org.expensetracker.domain.expense.ExpenseId;
import org.expensetracker.domain.identity.UserId;
import org.expensetracker.domain.workspace.WorkspaceId;

/** Incoming port: read one expense of a workspace the caller belongs to. */
public interface GetExpenseUseCase {

  Expense get(GetExpense query);

  /** Which expense, and who asks. */
  record GetExpense(WorkspaceId workspace, UserId actor, ExpenseId expense) {
    public GetExpense {
      Objects.requireNonNull(workspace, "workspace");
      Objects.requireNonNull(actor, "actor");
      Objects.requireNonNull(expense, "expense");
    }
  }
}
