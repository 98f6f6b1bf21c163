package org.expensetracker.application.service;

import java.util.List;
import org.expensetracker.application.port.in.AddMemberUseCase;
import org.expensetracker.application.port.in.ChangeRoleUseCase;
import org.expensetracker.application.port.in.ListMembersUseCase;
import org.expensetracker.application.port.in.MemberView;
import org.expensetracker.application.port.in.RemoveMemberUseCase;
import org.expensetracker.application.port.in.Scope;
import org.expensetracker.application.port.in.TransferOwnershipUseCase;
import org.expensetracker.application.port.in.WorkspaceView;
import org.expensetracker.application.port.out.Ledger;
import org.expensetracker.application.port.out.Transactions;
import org.expensetracker.application.port.out.Users;
import org.expensetracker.application.port.out.Workspaces;
import org.expensetracker.domain.identity.User;
import org.expensetracker.domain.identity.UserId;
import org.expensetracker.domain.money.Money;
import org.expensetracker.domain.shared.Conflict;
import org.expensetracker.domain.shared.NotFound;
import org.expensetracker.domain.workspace.Action;
import org.expensetracker.domain.workspace.Workspace;

/** Who is in a workspace and with which role: list, add, change, remove, hand on ownership. */
final class MemberAdministration
    implements ListMembersUseCase,
        AddMemberUseCase,
        ChangeRoleUseCase,
        RemoveMemberUseCase,
        TransferOwnershipUseCase {
  private final Transactions transactions;
  private final Now now;
  private final Users users;
  private final Workspaces workspaces;
  private final WorkspaceLocks locks;
  private final Ledger ledger;

  MemberAdministration(
      Transactions transactions,
      Now now,
      Users users,
      Workspaces workspaces,
      WorkspaceLocks locks,
      Ledger ledger) {
    this.transactions = transactions;
    this.now = now;
    this.users = users;
    this.workspaces = workspaces;
    this.locks = locks;
    this.ledger = ledger;
  }

  @Override
  public List<MemberView> members(Scope scope) {
    return transactions.inTransaction(
        () -> {
          locks.member(scope).require(Action.VIEW_WORKSPACE);
          return workspaces.members(scope.workspace());
        });
  }

  @Override
  public MemberView member(Scope scope, UserId member) {
    return transactions.inTransaction(
        () -> {
          locks.member(scope).require(Action.VIEW_WORKSPACE);
          return memberView(scope, member);
        });
  }

  @Override
  public MemberView add(AddMemberUseCase.Command command) {
    Scope scope = command.scope();
    return transactions.inTransaction(
        () -> {
          // The role check comes before the address lookup, so only admins learn whether an
          // address is registered.
          Workspace workspace = locks.lock(scope, Action.ADD_MEMBER);
          User user =
              users
                  .byEmail(command.email())
                  .filter(u -> !u.expired(now.instant()))
                  .orElseThrow(() -> new NotFound("User"));
          if (!user.verified()) {
            throw new Conflict(
                "user-not-verified", "This user has not verified their email address yet");
          }
          locks.save(
              scope,
              workspace,
              workspace.addMember(scope.caller(), user.id(), command.role(), now.instant()));
          return memberView(scope, user.id());
        });
  }

  @Override
  public MemberView changeRole(ChangeRoleUseCase.Command command) {
    Scope scope = command.scope();
    return transactions.inTransaction(
        () -> {
          locks.change(scope, w -> w.changeRole(scope.caller(), command.member(), command.role()));
          return memberView(scope, command.member());
        });
  }

  @Override
  public void remove(RemoveMemberUseCase.Command command) {
    Scope scope = command.scope();
    transactions.run(
        () ->
            locks.change(
                scope,
                w -> {
                  // The aggregate decides first whether the caller may, so only those who may
                  // remove (or the member leaving) learn the balance.
                  Workspace after = w.removeMember(scope.caller(), command.member());
                  if (!after.equals(w)) {
                    requireSettled(w, command.member());
                  }
                  return after;
                }));
  }

  /**
   * Someone with a balance cannot leave: the others would lose track of what they owe or are owed.
   * The workspace is locked here, and every change that moves balances waits for that lock, so the
   * balance read is the one that holds at removal.
   */
  private void requireSettled(Workspace workspace, UserId member) {
    Money net =
        ledger.totals(workspace.id(), workspace.currency()).stream()
            .filter(t -> t.user().equals(member))
            .findFirst()
            .map(t -> t.paid().minus(t.owed()))
            .orElse(Money.zero(workspace.currency()));
    if (!net.isZero()) {
      String direction = net.isPositive() ? "is owed " + net : "owes " + net.negate();
      throw new Conflict(
          "balance-not-settled",
          "This member "
              + direction
              + " "
              + workspace.currency().getCurrencyCode()
              + " in this workspace; settle up first (balance "
              + net
              + ")");
    }
  }

  @Override
  public WorkspaceView transfer(TransferOwnershipUseCase.Command command) {
    Scope scope = command.scope();
    return transactions.inTransaction(
        () -> {
          Workspace changed =
              locks.change(scope, w -> w.transferOwnership(scope.caller(), command.newOwner()));
          return WorkspaceView.of(changed, changed.roleOf(scope.caller()).orElseThrow());
        });
  }

  private MemberView memberView(Scope scope, UserId member) {
    return workspaces.member(scope.workspace(), member).orElseThrow(() -> new NotFound("Member"));
  }
}
