package org.expensetracker.application.service;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;
import org.expensetracker.application.port.in.CreateExpenseUseCase;
import org.expensetracker.application.port.in.DeleteExpenseUseCase;
import org.expensetracker.application.port.in.PatchExpenseUseCase;
import org.expensetracker.application.port.in.RestoreExpenseUseCase;
import org.expensetracker.application.port.in.Scope;
import org.expensetracker.application.port.out.AuditTrail;
import org.expensetracker.application.port.out.Expenses;
import org.expensetracker.application.port.out.IdGenerator;
import org.expensetracker.application.port.out.Transactions;
import org.expensetracker.domain.expense.Expense;
import org.expensetracker.domain.expense.ExpenseDetails;
import org.expensetracker.domain.expense.ExpenseId;
import org.expensetracker.domain.expense.ExpensePatch;
import org.expensetracker.domain.expense.PaidBy;
import org.expensetracker.domain.expense.Share;
import org.expensetracker.domain.expense.Split;
import org.expensetracker.domain.expense.SplitMode;
import org.expensetracker.domain.history.Audit;
import org.expensetracker.domain.identity.UserId;
import org.expensetracker.domain.money.Conversion;
import org.expensetracker.domain.shared.NotFound;
import org.expensetracker.domain.shared.PreconditionFailed;
import org.expensetracker.domain.workspace.Action;
import org.expensetracker.domain.workspace.Membership;
import org.expensetracker.domain.workspace.Role;
import org.expensetracker.domain.workspace.Roster;
import org.expensetracker.domain.workspace.WorkspaceId;

/**
 * Creating, changing and deleting expenses: each call one transaction. Everything that moves
 * balances takes the roster lock first, so a member is never removed while one of these is in
 * flight.
 */
final class ExpenseCommands
    implements CreateExpenseUseCase,
        PatchExpenseUseCase,
        DeleteExpenseUseCase,
        RestoreExpenseUseCase {
  private final Transactions transactions;
  private final Clock clock;
  private final IdGenerator ids;
  private final WorkspaceAccess access;
  private final Expenses expenses;
  private final AuditTrail audit;
  private final Conversions conversions;

  ExpenseCommands(
      Transactions transactions,
      Clock clock,
      IdGenerator ids,
      WorkspaceAccess access,
      Expenses expenses,
      AuditTrail audit,
      Conversions conversions) {
    this.transactions = transactions;
    this.clock = clock;
    this.ids = ids;
    this.access = access;
    this.expenses = expenses;
    this.audit = audit;
    this.conversions = conversions;
  }

  @Override
  public Expense create(CreateExpense command) {
    // Before the transaction: a rate lookup may ask the reference provider over the network.
    Conversion conversion =
        command
            .original()
            .map(
                original -> {
                  Membership author = access.member(command.workspace(), command.actor());
                  author.require(Action.CREATE_EXPENSE);
                  return conversions.create(
                      command.workspace(), author.currency(), original, command.spentAt());
                })
            .orElse(null);
    return transactions.inTransaction(
        () -> {
          // The lock comes first and names the author: one round trip for both.
          Roster roster = access.lockRoster(command.workspace());
          Membership author = access.memberUnderLock(roster, command.actor());
          // The role is checked before the body so a viewer learns nothing from validation errors.
          author.require(Action.CREATE_EXPENSE);
          ExpenseDetails details =
              ExpenseDetails.of(
                  command.amount(),
                  author.currency(),
                  conversion,
                  command.description(),
                  command.category(),
                  command.spentAt(),
                  command.notes());
          PaidBy paidBy = command.paidBy().orElseGet(() -> new PaidBy.One(command.actor()));
          Split split = resolve(command.split().orElse(null), roster);
          requireMembers(roster, paidBy, split);
          Expense expense =
              Expense.record(
                  new ExpenseId(ids.newId()), author, details, paidBy, split, clock.instant());
          expenses.add(expense);
          record(Audit.expenseCreated(command.actor(), expense, expense.createdAt()));
          return expense;
        });
  }

  @Override
  public Expense patch(PatchExpense command) {
    return transactions.inTransaction(
        () -> {
          ExpensePatch patch = command.patch();
          // Only a change of who pays or shares (or of the amount's conversion) moves balances
          // and takes the roster lock; then the lock names the actor too.
          Roster roster =
              patch.changesSharing() || command.original().isPresent()
                  ? access.lockRoster(command.workspace())
                  : null;
          Membership actor =
              roster != null
                  ? access.memberUnderLock(roster, command.actor())
                  : access.member(command.workspace(), command.actor());
          Expense current = lockedForChange(command.workspace(), command.expense(), actor);
          requireVersion(current, command.expectedVersion());
          if (command.original().isPresent()) {
            patch =
                patch.withConversion(
                    conversions.change(
                        command.workspace(),
                        actor.currency(),
                        current.details().conversion(),
                        command.original().get(),
                        patch.spentAt().orElse(current.spentAt())));
          }
          if (patch.split().isPresent()) {
            patch = patch.withSplit(resolve(patch.split().get(), roster));
          }
          Expense changed = current.apply(patch, clock.instant());
          if (changed == current) {
            return current;
          }
          if (roster != null) {
            // Parts change for everyone in the new sharing: all of them must still be members.
            requireMembers(roster, changed.paidBy(), changed.split());
          }
          if (!expenses.update(changed, current.version())) {
            throw stale();
          }
          record(Audit.expenseUpdated(command.actor(), current, changed, changed.updatedAt()));
          return changed;
        });
  }

  @Override
  public void delete(DeleteExpense command) {
    transactions.run(
        () -> {
          Roster roster = access.lockRoster(command.workspace());
          Membership actor = access.memberUnderLock(roster, command.actor());
          Expense current = lockedForChange(command.workspace(), command.expense(), actor);
          requireVersion(current, command.expectedVersion());
          Expense deleted = current.delete(actor, clock.instant());
          if (!expenses.update(deleted, current.version())) {
            throw stale();
          }
          record(
              Audit.expenseDeletedOrRestored(
                  command.actor(), current, deleted, deleted.updatedAt()));
        });
  }

  @Override
  public Expense restore(Scope scope, ExpenseId id) {
    return transactions.inTransaction(
        () -> {
          Roster roster = access.lockRoster(scope.workspace());
          Membership actor = access.memberUnderLock(roster, scope.caller());
          Expense current =
              expenses
                  .findForUpdate(scope.workspace(), id)
                  .orElseThrow(() -> new NotFound("Expense"));
          Expense restored = current.restore(actor, clock.instant());
          // Its parts count again: everyone in them must still be a member.
          requireMembers(roster, restored.paidBy(), restored.split());
          if (!expenses.update(restored, current.version())) {
            throw stale();
          }
          record(
              Audit.expenseDeletedOrRestored(
                  scope.caller(), current, restored, restored.updatedAt()));
          return restored;
        });
  }

  private void record(Audit.Draft draft) {
    audit.record(draft.withId(ids.newId()));
  }

  /**
   * An absent split, or an equal one without a list, divides among the current members who may
   * record expenses: viewers only read, so they are left out unless named.
   */
  private static Split resolve(Split requested, Roster roster) {
    if (requested != null
        && !(requested.mode() == SplitMode.EQUAL && requested.shares().isEmpty())) {
      return requested;
    }
    return Split.equalAmong(
        roster.roles().entrySet().stream()
            .filter(e -> e.getValue() != Role.VIEWER)
            .map(Map.Entry::getKey)
            .toList());
  }

  private static void requireMembers(Roster roster, PaidBy paidBy, Split split) {
    List<UserId> named = new ArrayList<>(paidBy.users());
    split.shares().stream().map(Share::user).forEach(named::add);
    WorkspaceAccess.requireAmong(roster, named);
  }

  /**
   * The live expense, locked for the rest of the transaction, once the actor may change it; a
   * deleted one is not found (it can only be restored).
   */
  private Expense lockedForChange(WorkspaceId workspace, ExpenseId id, Membership actor) {
    Expense current =
        expenses
            .findForUpdate(workspace, id)
            .filter(e -> !e.isDeleted())
            .orElseThrow(() -> new NotFound("Expense"));
    current.requireChangeableBy(actor);
    return current;
  }

  private static void requireVersion(Expense current, OptionalLong expected) {
    if (expected.isPresent() && expected.getAsLong() != current.version()) {
      throw stale();
    }
  }

  private static PreconditionFailed stale() {
    return new PreconditionFailed(
        "The expense was changed since you read it; fetch it again and retry");
  }
}
