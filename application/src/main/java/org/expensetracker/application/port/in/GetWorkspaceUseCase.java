package org.expensetracker.application.port.in;

import org.expensetracker.application.port.out.Workspaces;
import org.expensetracker.domain.identity.UserId;
import org.expensetracker.domain.workspace.WorkspaceId;

/** Incoming port: one workspace and the caller's role; 404 for non-members as for unknown ids. */
public interface GetWorkspaceUseCase {
  Workspaces.Entry get(UserId caller, WorkspaceId workspace);
}
