package org.expensetracker.adapters.http;

import com.auth0.jwt.JWT;
import com.auth0.jwt.JWTVerifier;
import com.auth0.jwt.algorithms.Algorithm;
import com.auth0.jwt.interfaces.Claim;
import com.auth0.jwt.interfaces.DecodedJWT;
import java.time.Clock;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;
import java.util.regex.Pattern;
import org.expensetracker.application.port.out.TokenIssuer;
import org.expensetracker.application.port.out.TokenVerifier;
import org.expensetracker.domain.identity.UserId;

/**
 * Signs and checks JWT access tokens (java-jwt), following RFC 8725: one verifier built at start-up
 * pins the configured HMAC algorithm (so {@code none} and every other algorithm fail), requires
 * {@code exp}, {@code iat}, {@code sub}, {@code iss} and {@code aud}, and tolerates a bounded clock
 * skew.
 *
 * <p>{@code iat} has whole seconds; the private claim {@code iat_ms} carries the exact issue time
 * so that a token issued in the same second as a password change, but after it, still works.
 */
public final class JwtTokens implements TokenIssuer, TokenVerifier {
  static final String ISSUED_AT_MILLIS = "iat_ms";

  /** Anything longer is not one of ours; refuse before decoding. */
  static final int MAX_TOKEN_LENGTH = 2048;

  private static final Pattern COMPACT_JWS =
      Pattern.compile("[A-Za-z0-9_-]+\\.[A-Za-z0-9_-]+\\.[A-Za-z0-9_-]+");

  private final TokenSettings settings;
  private final Algorithm algorithm;
  private final JWTVerifier verifier;

  public JwtTokens(TokenSettings settings) {
    this(settings, Clock.systemUTC());
  }

  JwtTokens(TokenSettings settings, Clock clock) {
    this.settings = settings;
    this.algorithm = algorithm(settings);
    this.verifier =
        ((JWTVerifier.BaseVerification)
                JWT.require(algorithm)
                    .withIssuer(settings.issuer())
                    .withAudience(settings.audience())
                    .withClaimPresence("exp")
                    .withClaimPresence("iat")
                    .withClaimPresence("sub")
                    .withClaimPresence("iss")
                    .withClaimPresence("aud")
                    .acceptLeeway(settings.leeway().toSeconds()))
            .build(clock);
  }

  private static Algorithm algorithm(TokenSettings settings) {
    byte[] key = settings.secretKey();
    return switch (settings.algorithm()) {
      case "HS256" -> Algorithm.HMAC256(key);
      case "HS384" -> Algorithm.HMAC384(key);
      case "HS512" -> Algorithm.HMAC512(key);
      default -> throw new IllegalArgumentException("Unsupported algorithm");
    };
  }

  @Override
  public Issued issue(UserId user, Instant issuedAt) {
    String token =
        JWT.create()
            .withIssuer(settings.issuer())
            .withAudience(settings.audience())
            .withSubject(user.value().toString())
            .withIssuedAt(issuedAt)
            .withClaim(ISSUED_AT_MILLIS, issuedAt.toEpochMilli())
            .withExpiresAt(issuedAt.plus(settings.lifetime()))
            .withJWTId(UUID.randomUUID().toString())
            .sign(algorithm);
    return new Issued(token, settings.lifetime());
  }

  @Override
  public Optional<Claims> verify(String token) {
    if (token == null
        || token.length() > MAX_TOKEN_LENGTH
        || !COMPACT_JWS.matcher(token).matches()) {
      return Optional.empty();
    }
    try {
      DecodedJWT jwt = verifier.verify(token);
      // java-jwt counts a claim set to JSON null as present and then skips its check.
      if (jwt.getExpiresAtAsInstant() == null
          || jwt.getIssuedAtAsInstant() == null
          || jwt.getSubject() == null) {
        return Optional.empty();
      }
      UUID subject = UUID.fromString(jwt.getSubject());
      if (!subject.toString().equals(jwt.getSubject())) {
        return Optional.empty(); // only the canonical spelling we write
      }
      return issuedAt(jwt).map(at -> new Claims(new UserId(subject), at));
    } catch (RuntimeException anyFailure) {
      // Every failure (bad signature, algorithm, claims, encoding) is the same "no".
      return Optional.empty();
    }
  }

  private static Optional<Instant> issuedAt(DecodedJWT jwt) {
    Instant seconds = jwt.getIssuedAtAsInstant();
    Claim millis = jwt.getClaim(ISSUED_AT_MILLIS);
    if (millis.isMissing()) {
      return Optional.of(seconds);
    }
    Long value = millis.asLong();
    // The exact time must fall within the signed iat second, or the token is inconsistent.
    if (value == null || value / 1000 != seconds.getEpochSecond()) {
      return Optional.empty();
    }
    return Optional.of(Instant.ofEpochMilli(value));
  }

  @Override
  public String toString() {
    return "JwtTokens[" + settings + "]";
  }
}
