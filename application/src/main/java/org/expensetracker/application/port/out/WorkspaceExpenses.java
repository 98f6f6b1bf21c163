package org.expensetracker.application.port.out;

import org.expensetracker.domain.workspace.WorkspaceId;

/** Outgoing port: whether a workspace has recorded any expense (its currency is then fixed). */
public interface WorkspaceExpenses {
  boolean exist(WorkspaceId workspace);
}
