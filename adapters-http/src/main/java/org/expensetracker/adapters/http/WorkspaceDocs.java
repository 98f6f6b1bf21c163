package org.expensetracker.adapters.http;

import static org.expensetracker.adapters.http.Schemas.email;
import static org.expensetracker.adapters.http.Schemas.enumOf;
import static org.expensetracker.adapters.http.Schemas.object;
import static org.expensetracker.adapters.http.Schemas.ref;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Arrays;
import java.util.List;
import org.expensetracker.domain.identity.FullName;
import org.expensetracker.domain.workspace.Role;

/** OpenAPI description of {@link WorkspaceRoutes}. */
final class WorkspaceDocs {
  private static final String WORKSPACES = "Workspaces";
  private static final String MEMBERS = "Members";

  private WorkspaceDocs() {}

  static void describe(OpenApi api) {
    api.tag(WORKSPACES, "Shared groups with one currency; the creator is the owner");
    api.tag(MEMBERS, "Members and their roles");
    List<String> roles = Arrays.stream(Role.values()).map(Role::wireName).toList();
    api.schema("Role", enumOf(roles));
    api.schema(
        "AssignableRole",
        Schemas.described(
            enumOf(roles.stream().filter(r -> !r.equals(Role.OWNER.wireName())).toList()),
            "A role that can be given; ownership only moves by a transfer"));
    ObjectNode name = Schemas.string(1, 100);
    ObjectNode currency =
        Schemas.string()
            .put("pattern", "^[A-Z]{3}$")
            .put("example", "EUR")
            .put("description", "ISO 4217");
    api.schema(
        "Workspace",
        object()
            .required("id", Schemas.uuid())
            .required("name", name)
            .required("currency", currency)
            .required("created_at", Schemas.dateTime())
            .required("role", Schemas.described(ref("Role"), "The caller's role"))
            .build());
    api.schema(
        "Member",
        object()
            .required("user_id", Schemas.uuid())
            .required("email", email())
            .required("full_name", Schemas.string(1, FullName.MAX_LENGTH))
            .required("role", ref("Role"))
            .required("joined_at", Schemas.dateTime())
            .build());
    api.schema("WorkspaceList", Schemas.items("Workspace"));
    api.schema("MemberList", Schemas.items("Member"));

    api.post(WorkspaceRoutes.BASE, "createWorkspace")
        .summary(
            WORKSPACES,
            "Create a workspace",
            "The caller becomes its owner; currency defaults to USD.")
        .body(object().required("name", name).optional("currency", currency).closed())
        .answers(201, "Created", ref("Workspace"))
        .withHeader(201, "Location", "The new workspace");
    api.get(WorkspaceRoutes.BASE, "listWorkspaces")
        .summary(WORKSPACES, "My workspaces, newest first", null)
        .answers(200, "The caller's workspaces with the caller's role", ref("WorkspaceList"));
    api.get(WorkspaceRoutes.WORKSPACE, "getWorkspace")
        .summary(WORKSPACES, "One workspace", null)
        .answers(200, "The workspace", ref("Workspace"));
    api.patch(WorkspaceRoutes.WORKSPACE, "updateWorkspace")
        .summary(
            WORKSPACES,
            "Rename or change the currency (admin, owner)",
            "The currency is fixed once the workspace has expenses (409 currency-fixed).")
        .body(
            object()
                .optional("name", Schemas.nullable(name.deepCopy()))
                .optional("currency", Schemas.nullable(currency.deepCopy()))
                .closed())
        .answers(200, "The workspace after the change", ref("Workspace"))
        .problems(403, 409);
    api.delete(WorkspaceRoutes.WORKSPACE, "deleteWorkspace")
        .summary(WORKSPACES, "Delete the workspace and everything in it (owner)", null)
        .answers(204, "Deleted")
        .problems(403);
    api.get(WorkspaceRoutes.MEMBERS, "listMembers")
        .summary(MEMBERS, "Members in join order", null)
        .answers(200, "The members", ref("MemberList"));
    api.post(WorkspaceRoutes.MEMBERS, "addMember")
        .summary(MEMBERS, "Add a registered, verified user (admin, owner)", null)
        .body(object().required("email", email()).optional("role", ref("AssignableRole")).closed())
        .answers(201, "Added", ref("Member"))
        .withHeader(201, "Location", "The new member")
        .problems(403, 409);
    api.get(WorkspaceRoutes.MEMBER, "getMember")
        .summary(MEMBERS, "One member", null)
        .answers(200, "The member", ref("Member"));
    api.patch(WorkspaceRoutes.MEMBER, "changeRole")
        .summary(MEMBERS, "Change a member's role", null)
        .body(object().required("role", ref("AssignableRole")).closed())
        .answers(200, "The member after the change", ref("Member"))
        .problems(403, 409);
    api.delete(WorkspaceRoutes.MEMBER, "removeMember")
        .summary(MEMBERS, "Remove a member, or leave (your own id)", null)
        .answers(204, "Removed")
        .problems(403, 409);
    api.post(WorkspaceRoutes.WORKSPACE + "/transfer-ownership", "transferOwnership")
        .summary(
            MEMBERS, "Hand ownership to another member (owner)", "The old owner becomes admin.")
        .body(object().required("user_id", Schemas.uuid()).closed())
        .answers(200, "The workspace after the transfer", ref("Workspace"))
        .problems(403, 409);
  }
}
