package org.expensetracker.application.port.in;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;
import org.expensetracker.domain.expense.ExpenseSummary;
import org.expensetracker.domain.identity.UserId;
import org.expensetracker.domain.shared.InvalidInput;
import org.expensetracker.domain.workspace.WorkspaceId;

/**
 * Incoming port: exact totals of a workspace's expenses, overall and by category, member, month.
 */
public interface SummarizeExpensesUseCase {

  ExpenseSummary summarize(SummarizeExpenses query);

  /** Whose expenses, between which days (inclusive, both optional). */
  record SummarizeExpenses(
      WorkspaceId workspace, UserId actor, Optional<LocalDate> from, Optional<LocalDate> to) {
    public SummarizeExpenses {
      Objects.requireNonNull(workspace, "workspace");
      Objects.requireNonNull(actor, "actor");
      Objects.requireNonNull(from, "from");
      Objects.requireNonNull(to, "to");
      if (from.isPresent() && to.isPresent() && from.get().isAfter(to.get())) {
        throw new InvalidInput("from", "must not be after to");
      }
    }
  }
}
