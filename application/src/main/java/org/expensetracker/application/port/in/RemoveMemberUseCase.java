package org.expensetracker.application.port.in;

import java.util.Objects;
import org.expensetracker.domain.identity.UserId;

/**
 * Incoming port: remove a member. Anyone but the owner may remove themself (leave); admins remove
 * members and viewers; removing an admin takes the owner; the owner is never removed.
 */
public interface RemoveMemberUseCase {
  void remove(Command command);

  /** Whom to remove ({@code scope.caller()} to leave). */
  record Command(Scope scope, UserId member) {
    public Command {
      Objects.requireNonNull(scope, "scope");
      Objects.requireNonNull(member, "member");
    }
  }
}
