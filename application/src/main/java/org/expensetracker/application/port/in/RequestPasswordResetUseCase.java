package org.expensetracker.application.port.in;

import org.expensetracker.domain.identity.Email;

/**
 * Incoming port: send a password-reset code to a verified account. Answers the same whether or not
 * the address is registered.
 */
public interface RequestPasswordResetUseCase {
  void requestReset(Email email, String clientAddress);
}
