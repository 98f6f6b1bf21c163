package org.expensetracker.application.port.in;

import java.util.Objects;
import org.expensetracker.domain.identity.UserId;

/** Incoming port: the owner hands ownership to another member and becomes an admin. */
public interface TransferOwnershipUseCase {
  /** Returns the workspace as the former owner now sees it (as an admin). */
  WorkspaceView transfer(Command command);

  /** To whom. */
  record Command(Scope scope, UserId newOwner) {
    public Command {
      Objects.requireNonNull(scope, "scope");
      Objects.requireNonNull(newOwner, "newOwner");
    }
  }
}
