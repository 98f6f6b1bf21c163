package org.expensetracker.application.testing;

import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.expensetracker.application.port.out.WorkspaceExpenses;
import org.expensetracker.domain.workspace.WorkspaceId;

/** Which workspaces have expenses, as a test says. */
public final class FakeWorkspaceExpenses implements WorkspaceExpenses {
  private final Set<WorkspaceId> withExpenses = ConcurrentHashMap.newKeySet();

  /** From now on {@code workspace} has expenses. */
  public void record(WorkspaceId workspace) {
    withExpenses.add(workspace);
  }

  @Override
  public boolean exist(WorkspaceId workspace) {
    return withExpenses.contains(workspace);
  }
}
