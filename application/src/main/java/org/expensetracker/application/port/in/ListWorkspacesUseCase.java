package org.expensetracker.application.port.in;

import java.util.List;
import org.expensetracker.application.port.out.Workspaces;
import org.expensetracker.domain.identity.UserId;

/** Incoming port: the caller's workspaces with the caller's role in each. */
public interface ListWorkspacesUseCase {
  List<Workspaces.Entry> workspacesOf(UserId caller);
}
