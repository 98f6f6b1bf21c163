package org.expensetracker.application.port.in;

import java.util.Objects;
import org.expensetracker.domain.identity.UserId;
import org.expensetracker.domain.workspace.WorkspaceId;

/** Who asks, about which workspace: the start of every workspace-scoped command or query. */
public record Scope(WorkspaceId workspace, UserId caller) {
  public Scope {
    Objects.requireNonNull(workspace, "workspace");
    Objects.requireNonNull(caller, "caller");
  }
}
