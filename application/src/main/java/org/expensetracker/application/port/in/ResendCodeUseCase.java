package org.expensetracker.application.port.in;

import org.expensetracker.domain.identity.Email;

/**
 * Incoming port: send a new verification code. Answers the same whether or not the address is
 * registered; a resend within 60 s of the last code, or too many in an hour, is refused.
 */
public interface ResendCodeUseCase {
  void resend(Email email, String clientAddress);
}
