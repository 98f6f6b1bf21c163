package org.expensetracker.application.port.in;

/**
 * Incoming port: delete a workspace with everything in it (members, expenses, settlements), in one
 * transaction. The owner only.
 */
public interface DeleteWorkspaceUseCase {
  void delete(Scope scope);
}
