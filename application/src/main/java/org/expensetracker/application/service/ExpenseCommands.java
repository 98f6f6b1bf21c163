package org.expensetracker.application.service;

import java.time.Clock;
import org.expensetracker.application.port.in.CreateExpenseUseCase;
import org.expensetracker.application.port.in.DeleteExpenseUseCase;
import org.expensetracker.application.port.in.PatchExpenseUseCase;
import org.expensetracker.application.port.out.Expenses;
import org.expensetracker.application.port.out.IdGenerator;
import org.expensetracker.application.port.out.Transactions;
import org.expensetracker.domain.expense.Expense;
import org.expensetracker.domain.expense.ExpenseDetails;
import org.expensetracker.domain.expense.ExpenseId;
import org.expensetracker.domain.identity.UserId;
import org.expensetracker.domain.shared.NotFound;
import org.expensetracker.domain.shared.PreconditionFailed;
import org.expensetracker.domain.workspace.Action;
import org.expensetracker.domain.workspace.Membership;
import org.expensetracker.domain.workspace.WorkspaceId;

/** Creating, changing and deleting expenses: each call one transaction. */
final class ExpenseCommands
    implements CreateExpenseUseCase, PatchExpenseUseCase, DeleteExpenseUseCase {
  private final Transactions transactions;
  private final Clock clock;
  private final IdGenerator ids;
  private final WorkspaceAccess access;
  private final Expenses expenses;

  ExpenseCommands(
      Transactions transactions,
      Clock clock,
      IdGenerator ids,
      WorkspaceAccess access,
      Expenses expenses) {
    this.transactions = transactions;
    this.clock = clock;
    this.ids = ids;
    this.access = access;
    this.expenses = expenses;
  }

  @Override
  public Expense create(CreateExpense command) {
    return transactions.inTransaction(
        () -> {
          Membership author = access.member(command.workspace(), command.actor());
          // The role is checked before the body so a viewer learns nothing from validation errors.
          author.require(Action.CREATE_EXPENSE);
          UserId payer = command.paidBy().orElse(command.actor());
          ExpenseDetails details =
              ExpenseDetails.of(
                  command.amount(),
                  author.currency(),
                  command.description(),
                  command.category(),
                  command.spentAt(),
                  payer,
                  command.notes());
          if (!payer.equals(command.actor())) {
            access.requireCurrentMember(command.workspace(), payer);
          }
          Expense expense =
              Expense.record(new ExpenseId(ids.newId()), author, details, clock.instant());
          expenses.add(expense);
          return expense;
        });
  }

  @Override
  public Expense patch(PatchExpense command) {
    return transactions.inTransaction(
        () -> {
          Membership actor = access.member(command.workspace(), command.actor());
          Expense current = lockedForChange(command.workspace(), command.expense(), actor);
          requireVersion(current, command.expectedVersion());
          Expense changed = current.apply(command.patch(), clock.instant());
          if (changed == current) {
            return current;
          }
          if (!changed.paidBy().equals(current.paidBy())) {
            access.requireCurrentMember(command.workspace(), changed.paidBy());
          }
          if (!expenses.update(changed, current.version())) {
            throw stale();
          }
          return changed;
        });
  }

  @Override
  public void delete(DeleteExpense command) {
    transactions.run(
        () -> {
          Membership actor = access.member(command.workspace(), command.actor());
          Expense current = lockedForChange(command.workspace(), command.expense(), actor);
          requireVersion(current, command.expectedVersion());
          if (!expenses.remove(command.workspace(), command.expense())) {
            throw new NotFound("Expense");
          }
        });
  }

  /** The expense, locked for the rest of the transaction, once the actor may change it. */
  private Expense lockedForChange(WorkspaceId workspace, ExpenseId id, Membership actor) {
    Expense current =
        expenses.findForUpdate(workspace, id).orElseThrow(() -> new NotFound("Expense"));
    current.requireChangeableBy(actor);
    return current;
  }

  private static void requireVersion(Expense current, java.util.OptionalLong expected) {
    if (expected.isPresent() && expected.getAsLong() != current.version()) {
      throw stale();
    }
  }

  private static PreconditionFailed stale() {
    return new PreconditionFailed(
        "The expense was changed since you read it; fetch it again and retry");
  }
}
