package org.expensetracker.application.service;

import java.time.Clock;
import org.expensetracker.application.port.in.AddMemberUseCase;
import org.expensetracker.application.port.in.ChangeRoleUseCase;
import org.expensetracker.application.port.in.CreateWorkspaceUseCase;
import org.expensetracker.application.port.in.DeleteWorkspaceUseCase;
import org.expensetracker.application.port.in.GetWorkspaceUseCase;
import org.expensetracker.application.port.in.ListMembersUseCase;
import org.expensetracker.application.port.in.ListWorkspacesUseCase;
import org.expensetracker.application.port.in.RemoveMemberUseCase;
import org.expensetracker.application.port.in.TransferOwnershipUseCase;
import org.expensetracker.application.port.in.UpdateWorkspaceUseCase;
import org.expensetracker.application.port.out.AuditTrail;
import org.expensetracker.application.port.out.IdGenerator;
import org.expensetracker.application.port.out.Ledger;
import org.expensetracker.application.port.out.Memberships;
import org.expensetracker.application.port.out.Transactions;
import org.expensetracker.application.port.out.Users;
import org.expensetracker.application.port.out.WorkspaceExpenses;
import org.expensetracker.application.port.out.Workspaces;

/**
 * The workspace and member use cases built from their outgoing ports; the services behind them stay
 * package-private. {@code ExpenseTracker} hands these out.
 */
public final class WorkspaceModule {
  private final WorkspaceLifecycle lifecycle;
  private final MemberAdministration members;

  public WorkspaceModule(
      Transactions transactions,
      Clock clock,
      IdGenerator ids,
      Users users,
      Memberships memberships,
      Workspaces workspaces,
      WorkspaceExpenses expenses,
      Ledger ledger,
      AuditTrail audit) {
    Now now = new Now(clock);
    WorkspaceLocks locks = new WorkspaceLocks(memberships, workspaces, audit, ids, now);
    this.lifecycle = new WorkspaceLifecycle(transactions, now, ids, workspaces, expenses, locks);
    this.members = new MemberAdministration(transactions, now, users, workspaces, locks, ledger);
  }

  public CreateWorkspaceUseCase create() {
    return lifecycle;
  }

  public ListWorkspacesUseCase list() {
    return lifecycle;
  }

  public GetWorkspaceUseCase get() {
    return lifecycle;
  }

  public UpdateWorkspaceUseCase update() {
    return lifecycle;
  }

  public DeleteWorkspaceUseCase delete() {
    return lifecycle;
  }

  public ListMembersUseCase members() {
    return members;
  }

  public AddMemberUseCase addMember() {
    return members;
  }

  public ChangeRoleUseCase changeRole() {
    return members;
  }

  public RemoveMemberUseCase removeMember() {
    return members;
  }

  public TransferOwnershipUseCase transferOwnership() {
    return members;
  }
}
