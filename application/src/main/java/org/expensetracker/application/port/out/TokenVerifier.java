package org.expensetracker.application.port.out;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import org.expensetracker.domain.identity.UserId;

/**
 * Outgoing port: checks a token's signature, algorithm, issuer, audience and lifetime. Empty for
 * any failure, whatever the reason, so nothing about the reason can leak.
 */
public interface TokenVerifier {
  Optional<Claims> verify(String token);

  /** What a valid token says: whose it is and exactly when it was issued. */
  record Claims(UserId subject, Instant issuedAt) {
    public Claims {
      Objects.requireNonNull(subject, "subject");
      Objects.requireNonNull(issuedAt, "issuedAt");
    }
  }
}
