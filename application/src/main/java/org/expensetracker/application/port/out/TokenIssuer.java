package org.expensetracker.application.port.out;

import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import org.expensetracker.domain.identity.UserId;

/** Outgoing port: signs access tokens. */
public interface TokenIssuer {
  /** A signed token for {@code user}, issued at {@code issuedAt} (to the millisecond). */
  Issued issue(UserId user, Instant issuedAt);

  /** A signed token and how long it lives. Never printed. */
  record Issued(String token, Duration lifetime) {
    public Issued {
      Objects.requireNonNull(token, "token");
      Objects.requireNonNull(lifetime, "lifetime");
    }

    @Override
    public String toString() {
      return "Issued[token=redacted, lifetime=" + lifetime + "]";
    }
  }
}
