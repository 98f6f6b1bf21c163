package org.expensetracker.adapters.http;

import io.javalin.Javalin;
import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.expensetracker.application.ExpenseTracker;
import org.expensetracker.application.port.in.AddMemberUseCase;
import org.expensetracker.application.port.in.ChangeRoleUseCase;
import org.expensetracker.application.port.in.CreateWorkspaceUseCase;
import org.expensetracker.application.port.in.MemberView;
import org.expensetracker.application.port.in.RemoveMemberUseCase;
import org.expensetracker.application.port.in.Scope;
import org.expensetracker.application.port.in.TransferOwnershipUseCase;
import org.expensetracker.application.port.in.UpdateWorkspaceUseCase;
import org.expensetracker.application.port.in.WorkspaceView;
import org.expensetracker.domain.identity.UserId;
import org.expensetracker.domain.shared.InvalidInput;
import org.expensetracker.domain.shared.Validation;
import org.expensetracker.domain.workspace.WorkspaceId;

/** Workspaces, their members and ownership under {@code /api/v1/workspaces}. */
final class WorkspaceRoutes {
  static final String BASE = "/api/v1/workspaces";
  static final String WORKSPACE = BASE + "/{workspace_id}";
  static final String MEMBERS = WORKSPACE + "/members";
  static final String MEMBER = MEMBERS + "/{user_id}";

  private final ExpenseTracker core;
  private final Caller caller;
  private final JsonBody body;

  WorkspaceRoutes(ExpenseTracker core, Caller caller, JsonBody body) {
    this.core = core;
    this.caller = caller;
    this.body = body;
  }

  void register(Javalin app) {
    app.post(BASE, this::create);
    app.get(BASE, this::list);
    app.get(WORKSPACE, this::get);
    app.patch(WORKSPACE, this::update);
    app.delete(WORKSPACE, this::delete);
    app.get(MEMBERS, this::members);
    app.post(MEMBERS, this::addMember);
    app.get(MEMBER, this::member);
    app.patch(MEMBER, this::changeRole);
    app.delete(MEMBER, this::removeMember);
    app.post(WORKSPACE + "/transfer-ownership", this::transferOwnership);
  }

  /** {@code POST /workspaces}. */
  record CreateRequest(String name, String currency) {}

  /** {@code PATCH /workspaces/{id}}: absent or null fields stay as they are. */
  record UpdateRequest(String name, String currency) {}

  /** {@code POST /workspaces/{id}/members}: the role defaults to {@code member}. */
  record AddMemberRequest(String email, String role) {}

  /** {@code PATCH /workspaces/{id}/members/{user_id}}. */
  record ChangeRoleRequest(String role) {}

  /** {@code POST /workspaces/{id}/transfer-ownership}. */
  record TransferRequest(String userId) {}

  /** A workspace with the caller's role in it. */
  record WorkspaceResponse(UUID id, String name, String currency, Instant createdAt, String role) {
    static WorkspaceResponse of(WorkspaceView view) {
      return new WorkspaceResponse(
          view.id().value(),
          view.name().value(),
          view.currency().getCurrencyCode(),
          view.createdAt(),
          view.role().wireName());
    }
  }

  /** A member as other members see them. */
  record MemberResponse(UUID userId, String email, String fullName, String role, Instant joinedAt) {
    static MemberResponse of(MemberView view) {
      return new MemberResponse(
          view.userId().value(),
          view.email().value(),
          view.fullName().value(),
          view.role().wireName(),
          view.joinedAt());
    }
  }

  /** A list response. */
  record Items<T>(List<T> items) {}

  private void create(Context ctx) {
    UserId user = caller.of(ctx);
    CreateRequest request = body.read(ctx, CreateRequest.class);
    WorkspaceView created =
        core.createWorkspace()
            .create(CreateWorkspaceUseCase.Command.parse(user, request.name(), request.currency()));
    ctx.status(HttpStatus.CREATED)
        .header("Location", BASE + "/" + created.id())
        .json(WorkspaceResponse.of(created));
  }

  private void list(Context ctx) {
    List<WorkspaceView> views = core.listWorkspaces().list(caller.of(ctx));
    ctx.json(new Items<>(views.stream().map(WorkspaceResponse::of).toList()));
  }

  private void get(Context ctx) {
    ctx.json(WorkspaceResponse.of(core.getWorkspace().get(scope(ctx))));
  }

  private void update(Context ctx) {
    Scope scope = scope(ctx);
    UpdateRequest request = body.read(ctx, UpdateRequest.class);
    WorkspaceView updated =
        core.updateWorkspace()
            .update(
                UpdateWorkspaceUseCase.Command.parse(scope, request.name(), request.currency()));
    ctx.json(WorkspaceResponse.of(updated));
  }

  private void delete(Context ctx) {
    core.deleteWorkspace().delete(scope(ctx));
    ctx.status(HttpStatus.NO_CONTENT);
  }

  private void members(Context ctx) {
    List<MemberView> members = core.listMembers().members(scope(ctx));
    ctx.json(new Items<>(members.stream().map(MemberResponse::of).toList()));
  }

  private void member(Context ctx) {
    Scope scope = scope(ctx);
    ctx.json(MemberResponse.of(core.listMembers().member(scope, PathIds.member(ctx))));
  }

  private void addMember(Context ctx) {
    Scope scope = scope(ctx);
    AddMemberRequest request = body.read(ctx, AddMemberRequest.class);
    MemberView added =
        core.addMember()
            .add(AddMemberUseCase.Command.parse(scope, request.email(), request.role()));
    ctx.status(HttpStatus.CREATED)
        .header("Location", BASE + "/" + scope.workspace() + "/members/" + added.userId())
        .json(MemberResponse.of(added));
  }

  private void changeRole(Context ctx) {
    Scope scope = scope(ctx);
    UserId member = PathIds.member(ctx);
    ChangeRoleRequest request = body.read(ctx, ChangeRoleRequest.class);
    MemberView changed =
        core.changeRole()
            .changeRole(ChangeRoleUseCase.Command.parse(scope, member, request.role()));
    ctx.json(MemberResponse.of(changed));
  }

  private void removeMember(Context ctx) {
    Scope scope = scope(ctx);
    core.removeMember().remove(new RemoveMemberUseCase.Command(scope, PathIds.member(ctx)));
    ctx.status(HttpStatus.NO_CONTENT);
  }

  private void transferOwnership(Context ctx) {
    Scope scope = scope(ctx);
    TransferRequest request = body.read(ctx, TransferRequest.class);
    UserId newOwner = userIdField(request.userId());
    WorkspaceView after =
        core.transferOwnership().transfer(new TransferOwnershipUseCase.Command(scope, newOwner));
    ctx.json(WorkspaceResponse.of(after));
  }

  private Scope scope(Context ctx) {
    WorkspaceId workspace = PathIds.workspace(ctx);
    return new Scope(workspace, caller.of(ctx));
  }

  private static UserId userIdField(String text) {
    if (text == null) {
      throw new InvalidInput("user_id", "is required");
    }
    Validation validation = new Validation();
    UUID id = JsonFields.parseUuid(text, "user_id", validation);
    validation.throwIfInvalid();
    return new UserId(id);
  }
}
