package org.expensetracker.application.port.in;

/** Incoming port: one workspace, for its members; {@code NotFound} for everyone else. */
public interface GetWorkspaceUseCase {
  WorkspaceView get(Scope scope);
}
