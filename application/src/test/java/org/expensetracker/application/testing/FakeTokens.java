package org.expensetracker.application.testing;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;
import org.expensetracker.application.port.out.TokenIssuer;
import org.expensetracker.application.port.out.TokenVerifier;
import org.expensetracker.domain.identity.UserId;

/**
 * Readable tokens for use-case tests: {@code fake.<user id>.<issued at millis>}. Anything else is
 * refused, as a forged or expired token would be by the real adapter.
 */
public final class FakeTokens implements TokenIssuer, TokenVerifier {
  public static final Duration LIFETIME = Duration.ofMinutes(30);

  @Override
  public Issued issue(UserId user, Instant issuedAt) {
    return new Issued(forge(user, issuedAt), LIFETIME);
  }

  /** A token the verifier accepts, for any subject and issue time a test wants. */
  public static String forge(UserId user, Instant issuedAt) {
    return "fake." + user.value() + "." + issuedAt.toEpochMilli();
  }

  @Override
  public Optional<Claims> verify(String token) {
    String[] parts = token.split("\\.");
    if (parts.length != 3 || !parts[0].equals("fake")) {
      return Optional.empty();
    }
    try {
      return Optional.of(
          new Claims(
              new UserId(UUID.fromString(parts[1])),
              Instant.ofEpochMilli(Long.parseLong(parts[2]))));
    } catch (IllegalArgumentException e) {
      return Optional.empty();
    }
  }
}
