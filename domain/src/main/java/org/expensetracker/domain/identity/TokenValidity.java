package org.expensetracker.domain.identity;

import java.time.Instant;
import java.util.Objects;

/**
 * What decides whether a user's access token is still accepted: the account is verified and the
 * token was issued at or after the last password change ({@code notBefore}). Small on purpose: it
 * is read on every authenticated request and may be kept in a cache, without the password hash.
 */
public record TokenValidity(boolean verified, Instant notBefore) {
  public TokenValidity {
    Objects.requireNonNull(notBefore, "notBefore");
  }

  public boolean accepts(Instant issuedAt) {
    return verified && !issuedAt.isBefore(notBefore);
  }
}
