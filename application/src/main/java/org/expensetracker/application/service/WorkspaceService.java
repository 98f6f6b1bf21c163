package org.expensetracker.application.service;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
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
import org.expensetracker.domain.identity.User;
import org.expensetracker.domain.identity.UserId;
import org.expensetracker.domain.shared.Conflict;
import org.expensetracker.domain.shared.NotFound;
import org.expensetracker.domain.workspace.Action;
import org.expensetracker.domain.workspace.Member;
import org.expensetracker.domain.workspace.Membership;
import org.expensetracker.domain.workspace.WorkspaceId;
import org.expensetracker.domain.workspace.WorkspaceProfile;

/**
 * Workspace use cases: each runs in one transaction and checks the caller's role in the domain
 * policy.
 */
final class WorkspaceService
    implements CreateWorkspaceUseCase,
        ListWorkspacesUseCase,
        GetWorkspaceUseCase,
        AddMemberUseCase,
        ListMembersUseCase {
  private final Transactions transactions;
  private final Clock clock;
  private final IdGenerator ids;
  private final Memberships memberships;
  private final Workspaces workspaces;
  private final Users users;

  WorkspaceService(
      Transactions transactions,
      Clock clock,
      IdGenerator ids,
      Memberships memberships,
      Workspaces workspaces,
      Users users) {
    this.transactions = transactions;
    this.clock = clock;
    this.ids = ids;
    this.memberships = memberships;
    this.workspaces = workspaces;
    this.users = users;
  }

  @Override
  public WorkspaceProfile create(CreateWorkspace command) {
    WorkspaceProfile workspace =
        new WorkspaceProfile(
            new WorkspaceId(ids.newId()), command.name(), command.currency(), now());
    transactions.run(() -> workspaces.create(workspace, command.caller()));
    return workspace;
  }

  @Override
  public List<Workspaces.Entry> workspacesOf(UserId caller) {
    return transactions.inTransaction(() -> workspaces.of(caller));
  }

  @Override
  public Workspaces.Entry get(UserId caller, WorkspaceId workspace) {
    return transactions.inTransaction(
        () -> {
          Membership membership = member(workspace, caller);
          WorkspaceProfile profile =
              workspaces.byId(workspace).orElseThrow(() -> new NotFound("Workspace"));
          return new Workspaces.Entry(profile, membership.role());
        });
  }

  @Override
  public Member add(AddMember command) {
    return transactions.inTransaction(
        () -> {
          member(command.workspace(), command.caller()).require(Action.ADD_MEMBER);
          User user = users.byEmail(command.email()).orElseThrow(() -> new NotFound("User"));
          if (!user.verified()) {
            throw new Conflict(
                "user-not-verified", "That user has not verified their email address yet");
          }
          if (!workspaces.addMember(command.workspace(), user.id(), command.role(), now())) {
            throw new Conflict("already-member", "That user is already a member of this workspace");
          }
          return workspaces.members(command.workspace()).stream()
              .filter(m -> m.user().equals(user.id()))
              .findFirst()
              .orElseThrow();
        });
  }

  @Override
  public List<Member> members(UserId caller, WorkspaceId workspace) {
    return transactions.inTransaction(
        () -> {
          member(workspace, caller).require(Action.VIEW_WORKSPACE);
          return workspaces.members(workspace);
        });
  }

  private Membership member(WorkspaceId workspace, UserId user) {
    return memberships.find(workspace, user).orElseThrow(() -> new NotFound("Workspace"));
  }

  private Instant now() {
    return clock.instant();
  }
}
