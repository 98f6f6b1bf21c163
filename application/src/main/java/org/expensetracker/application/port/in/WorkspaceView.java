package org.expensetracker.application.port.in;

import java.time.Instant;
import java.util.Currency;
import java.util.Objects;
import org.expensetracker.domain.workspace.Role;
import org.expensetracker.domain.workspace.Workspace;
import org.expensetracker.domain.workspace.WorkspaceId;
import org.expensetracker.domain.workspace.WorkspaceName;

/** A workspace as one of its members sees it, with that member's role. */
public record WorkspaceView(
    WorkspaceId id, WorkspaceName name, Currency currency, Instant createdAt, Role role) {
  public WorkspaceView {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(currency, "currency");
    Objects.requireNonNull(createdAt, "createdAt");
    Objects.requireNonNull(role, "role");
  }

  /** {@code workspace} seen by a member with {@code role}. */
  public static WorkspaceView of(Workspace workspace, Role role) {
    return new WorkspaceView(
        workspace.id(), workspace.name(), workspace.currency(), workspace.createdAt(), role);
  }
}
