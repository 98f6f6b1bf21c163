package org.expensetracker.application.port.in;

import org.expensetracker.domain.identity.UserId;

/** Incoming port: the caller's own account. */
public interface GetCurrentUserUseCase {
  UserProfile me(UserId caller);
}
