package org.expensetracker.adapters.http;

import io.javalin.Javalin;
import io.javalin.http.Context;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.expensetracker.application.ExpenseTracker;
import org.expensetracker.application.port.in.AddMemberUseCase.AddMember;
import org.expensetracker.application.port.in.CreateWorkspaceUseCase.CreateWorkspace;
import org.expensetracker.application.port.out.Workspaces;
import org.expensetracker.domain.identity.Email;
import org.expensetracker.domain.money.Money;
import org.expensetracker.domain.shared.InvalidInput;
import org.expensetracker.domain.shared.Validation;
import org.expensetracker.domain.workspace.Member;
import org.expensetracker.domain.workspace.Role;
import org.expensetracker.domain.workspace.WorkspaceId;

/** Workspaces and their members under {@code /api/v1/workspaces}. */
final class WorkspaceRoutes {
  private static final String BASE = "/api/v1/workspaces";
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
    app.get(BASE + "/{workspace_id}", this::get);
    app.get(BASE + "/{workspace_id}/members", this::members);
    app.post(BASE + "/{workspace_id}/members", this::addMember);
  }

  record CreateRequest(String name, String currency) {}

  record AddMemberRequest(String email, String role) {}

  record WorkspaceJson(UUID id, String name, String currency, Instant createdAt, String role) {
    static WorkspaceJson of(Workspaces.Entry entry) {
      return new WorkspaceJson(
          entry.workspace().id().value(),
          entry.workspace().name(),
          entry.workspace().currency().getCurrencyCode(),
          entry.workspace().createdAt(),
          entry.role().wireName());
    }
  }

  record MemberJson(UUID userId, String email, String fullName, String role, Instant joinedAt) {
    static MemberJson of(Member m) {
      return new MemberJson(
          m.user().value(), m.email(), m.fullName(), m.role().wireName(), m.joinedAt());
    }
  }

  record Items<T>(List<T> items) {}

  private void create(Context ctx) {
    var user = caller.of(ctx);
    CreateRequest request = body.read(ctx, CreateRequest.class);
    Validation validation = new Validation();
    String name =
        validation.attempt(
            () -> org.expensetracker.domain.workspace.WorkspaceProfile.validName(request.name()));
    var currency =
        request.currency() == null
            ? null
            : validation.attempt(() -> Money.currency(request.currency(), "currency"));
    validation.throwIfInvalid();
    var created = core.createWorkspace().create(new CreateWorkspace(user, name, currency));
    ctx.status(201)
        .header("Location", BASE + "/" + created.id().value())
        .json(WorkspaceJson.of(new Workspaces.Entry(created, Role.OWNER)));
  }

  private void list(Context ctx) {
    ctx.json(
        new Items<>(
            core.listWorkspaces().workspacesOf(caller.of(ctx)).stream()
                .map(WorkspaceJson::of)
                .toList()));
  }

  private void get(Context ctx) {
    ctx.json(WorkspaceJson.of(core.getWorkspace().get(caller.of(ctx), PathIds.workspace(ctx))));
  }

  private void members(Context ctx) {
    ctx.json(
        new Items<>(
            core.listMembers().members(caller.of(ctx), PathIds.workspace(ctx)).stream()
                .map(MemberJson::of)
                .toList()));
  }

  private void addMember(Context ctx) {
    var user = caller.of(ctx);
    WorkspaceId workspace = PathIds.workspace(ctx);
    AddMemberRequest request = body.read(ctx, AddMemberRequest.class);
    Validation validation = new Validation();
    Email email = validation.attempt(() -> Email.of(request.email(), "email"));
    Role role =
        request.role() == null
            ? Role.MEMBER
            : validation.attempt(
                () ->
                    Role.fromWireName(request.role())
                        .orElseThrow(
                            () -> new InvalidInput("role", "must be admin, member or viewer")));
    validation.throwIfInvalid();
    Member added = core.addMember().add(new AddMember(user, workspace, email, role));
    ctx.status(201)
        .header("Location", BASE + "/" + workspace.value() + "/members/" + added.user().value())
        .json(MemberJson.of(added));
  }
}
