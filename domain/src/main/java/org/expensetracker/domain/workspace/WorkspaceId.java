package org.expensetracker.domain.workspace;

import java.util.Objects;
import java.util.UUID;

/** Identity of a workspace (a shared group). */
public record WorkspaceId(UUID value) {
  public WorkspaceId {
    Objects.requireNonNull(value, "value");
  }

  @Override
  public String toString() {
    return value.toString();
  }
}
