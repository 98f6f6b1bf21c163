package org.expensetracker.application.service;

import java.time.Clock;
import org.expensetracker.application.port.in.AddMemberUseCase;
import org.expensetracker.application.port.in.CreateWorkspaceUseCase;
import org.expensetracker.application.port.in.GetWorkspaceUseCase;
import org.expensetracker.application.port.in.ListMembersUseCase;
import org.expensetracker.application.port.in.ListWorkspacesUseCase;
import org.expensetracker.application.port.out.IdGenerator;
import org.expensetracker.application.port.out.Memberships;
import org.expensetracker.application.port.out.Transactions;
import org.expensetracker.application.port.out.Users;
import org.expensetracker.application.port.out.Workspaces;

/**
 * The workspace use cases built from their outgoing ports; {@code ExpenseTracker} hands them out.
 */
public final class WorkspaceModule {
  private final WorkspaceService service;

  public WorkspaceModule(
      Transactions transactions,
      Clock clock,
      IdGenerator ids,
      Memberships memberships,
      Workspaces workspaces,
      Users users) {
    this.service = new WorkspaceService(transactions, clock, ids, memberships, workspaces, users);
  }

  public CreateWorkspaceUseCase create() {
    return service;
  }

  public ListWorkspacesUseCase list() {
    return service;
  }

  public GetWorkspaceUseCase get() {
    return service;
  }

  public AddMemberUseCase addMember() {
    return service;
  }

  public ListMembersUseCase members() {
    return service;
  }
}
