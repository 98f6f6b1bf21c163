package org.expensetracker.application.port.in;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;
import org.expensetracker.domain.expense.Expense;
import org.expensetracker.domain.expense.PaidBy;
import org.expensetracker.domain.expense.Split;
import org.expensetracker.domain.identity.UserId;
import org.expensetracker.domain.workspace.WorkspaceId;

/** Incoming port: record an expense in a workspace (members, admins and the owner may). */
public interface CreateExpenseUseCase {

  Expense create(CreateExpense command);

  /**
   * What the author sent; the amount is read in the workspace's currency and must be exact at its
   * scale. {@code paidBy} defaults to the author; {@code split} defaults to an equal split among
   * the current members who may record expenses (viewers only read), which is also what an equal
   * split without a list of participants means. Everyone named must be a current member.
   *
   * <p>With {@code original}, the money was spent in another currency: {@code amount} is then
   * derived from it (and, when given as well, must equal the converted amount exactly).
   */
  record CreateExpense(
      WorkspaceId workspace,
      UserId actor,
      BigDecimal amount,
      String description,
      String category,
      LocalDate spentAt,
      Optional<PaidBy> paidBy,
      Optional<Split> split,
      String notes,
      Optional<OriginalAmount> original) {
    public CreateExpense {
      Objects.requireNonNull(workspace, "workspace");
      Objects.requireNonNull(actor, "actor");
      Objects.requireNonNull(paidBy, "paidBy");
      Objects.requireNonNull(split, "split");
      Objects.requireNonNull(original, "original");
    }

    /** An expense in the workspace currency. */
    public CreateExpense(
        WorkspaceId workspace,
        UserId actor,
        BigDecimal amount,
        String description,
        String category,
        LocalDate spentAt,
        Optional<PaidBy> paidBy,
        Optional<Split> split,
        String notes) {
      this(
          workspace,
          actor,
          amount,
          description,
          category,
          spentAt,
          paidBy,
          split,
          notes,
          Optional.empty());
    }
  }
}
