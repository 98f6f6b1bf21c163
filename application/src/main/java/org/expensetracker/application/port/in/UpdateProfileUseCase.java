package org.expensetracker.application.port.in;

import org.expensetracker.domain.identity.FullName;
import org.expensetracker.domain.identity.UserId;

/** Incoming port: change the caller's display name. */
public interface UpdateProfileUseCase {
  UserProfile rename(UserId caller, FullName fullName);
}
