package org.expensetracker.application.service;

import org.expensetracker.application.port.in.AuthenticateUseCase;
import org.expensetracker.application.port.out.TokenVerifier;
import org.expensetracker.application.port.out.Users;
import org.expensetracker.domain.identity.TokenValidity;
import org.expensetracker.domain.identity.UserId;
import org.expensetracker.domain.shared.AuthenticationFailed;

/**
 * Turns a bearer token into the user id, checking the user still exists and the token was issued
 * after the last password change. Every failure is the same {@link AuthenticationFailed}.
 */
final class Authentication implements AuthenticateUseCase {
  private final Users users;
  private final TokenVerifier verifier;

  Authentication(Users users, TokenVerifier verifier) {
    this.users = users;
    this.verifier = verifier;
  }

  @Override
  public UserId authenticate(String bearerToken) {
    TokenVerifier.Claims claims =
        verifier.verify(bearerToken).orElseThrow(AuthenticationFailed::new);
    // One read, no transaction: the adapter may answer from its cache without a connection.
    TokenValidity validity =
        users.tokenValidity(claims.subject()).orElseThrow(AuthenticationFailed::new);
    if (!validity.accepts(claims.issuedAt())) {
      throw new AuthenticationFailed();
    }
    return claims.subject();
  }
}
