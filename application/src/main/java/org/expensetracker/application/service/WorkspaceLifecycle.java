package org.expensetracker.application.service;

import java.util.List;
import org.expensetracker.application.port.in.CreateWorkspaceUseCase;
import org.expensetracker.application.port.in.DeleteWorkspaceUseCase;
import org.expensetracker.application.port.in.GetWorkspaceUseCase;
import org.expensetracker.application.port.in.ListWorkspacesUseCase;
import org.expensetracker.application.port.in.Scope;
import org.expensetracker.application.port.in.UpdateWorkspaceUseCase;
import org.expensetracker.application.port.in.WorkspaceView;
import org.expensetracker.application.port.out.IdGenerator;
import org.expensetracker.application.port.out.Transactions;
import org.expensetracker.application.port.out.WorkspaceExpenses;
import org.expensetracker.application.port.out.Workspaces;
import org.expensetracker.domain.identity.UserId;
import org.expensetracker.domain.shared.NotFound;
import org.expensetracker.domain.workspace.Action;
import org.expensetracker.domain.workspace.Role;
import org.expensetracker.domain.workspace.Workspace;
import org.expensetracker.domain.workspace.WorkspaceId;

/** Creating, reading, changing and deleting workspaces. */
final class WorkspaceLifecycle
    implements CreateWorkspaceUseCase,
        ListWorkspacesUseCase,
        GetWorkspaceUseCase,
        UpdateWorkspaceUseCase,
        DeleteWorkspaceUseCase {
  private final Transactions transactions;
  private final Now now;
  private final IdGenerator ids;
  private final Workspaces workspaces;
  private final WorkspaceExpenses expenses;
  private final WorkspaceLocks locks;

  WorkspaceLifecycle(
      Transactions transactions,
      Now now,
      IdGenerator ids,
      Workspaces workspaces,
      WorkspaceExpenses expenses,
      WorkspaceLocks locks) {
    this.transactions = transactions;
    this.now = now;
    this.ids = ids;
    this.workspaces = workspaces;
    this.expenses = expenses;
    this.locks = locks;
  }

  @Override
  public WorkspaceView create(CreateWorkspaceUseCase.Command command) {
    Workspace workspace =
        Workspace.create(
            new WorkspaceId(ids.newId()),
            command.name(),
            command.currency(),
            command.caller(),
            now.instant());
    transactions.run(() -> locks.add(workspace));
    return WorkspaceView.of(workspace, Role.OWNER);
  }

  @Override
  public List<WorkspaceView> list(UserId caller) {
    return transactions.inTransaction(() -> workspaces.viewsOf(caller));
  }

  @Override
  public WorkspaceView get(Scope scope) {
    return transactions.inTransaction(
        () ->
            workspaces
                .view(scope.workspace(), scope.caller())
                .orElseThrow(() -> new NotFound("Workspace")));
  }

  @Override
  public WorkspaceView update(UpdateWorkspaceUseCase.Command command) {
    Scope scope = command.scope();
    return transactions.inTransaction(
        () -> {
          Workspace changed =
              locks.change(
                  scope,
                  w -> {
                    Workspace next = w;
                    if (command.name().isPresent()) {
                      next = next.rename(scope.caller(), command.name().get());
                    }
                    if (command.currency().isPresent()) {
                      next =
                          next.changeCurrency(
                              scope.caller(),
                              command.currency().get(),
                              () -> expenses.exist(scope.workspace()));
                    }
                    return next;
                  });
          return WorkspaceView.of(changed, changed.roleOf(scope.caller()).orElseThrow());
        });
  }

  @Override
  public void delete(Scope scope) {
    transactions.run(
        () -> {
          locks.lock(scope, Action.DELETE_WORKSPACE);
          workspaces.remove(scope.workspace());
        });
  }
}
