package org.expensetracker.application.port.in;

import java.util.List;
import org.expensetracker.domain.identity.UserId;

/** Incoming port: the caller's workspaces, each with the caller's role, newest first. */
public interface ListWorkspacesUseCase {
  List<WorkspaceView> list(UserId caller);
}
