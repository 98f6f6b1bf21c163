package org.expensetracker.adapters.http;

import io.javalin.http.Context;
import java.util.Optional;
import java.util.UUID;
import org.expensetracker.domain.identity.UserId;
import org.expensetracker.domain.shared.NotFound;
import org.expensetracker.domain.shared.Validation;
import org.expensetracker.domain.workspace.WorkspaceId;

/**
 * Ids from the path. A malformed id cannot name anything, so it gets the same 404 as an unknown
 * one.
 */
final class PathIds {
  private PathIds() {}

  static WorkspaceId workspace(Context ctx) {
    return new WorkspaceId(uuid(ctx, "workspace_id").orElseThrow(() -> new NotFound("Workspace")));
  }

  /** A member's user id from {@code {user_id}}. */
  static UserId member(Context ctx) {
    return new UserId(uuid(ctx, "user_id").orElseThrow(() -> new NotFound("Member")));
  }

  static Optional<UUID> uuid(Context ctx, String name) {
    return Optional.ofNullable(JsonFields.parseUuid(ctx.pathParam(name), "id", new Validation()));
  }
}
