package org.expensetracker.application.port.in;

import org.expensetracker.domain.identity.UserId;

/**
 * Incoming port: who holds this bearer token. Fails with {@code AuthenticationFailed} when the
 * token is invalid, its user is gone, or it was issued before the user's last password change.
 */
public interface AuthenticateUseCase {
  UserId authenticate(String bearerToken);
}
