package org.expensetracker.adapters.http;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Locale;
import java.util.Objects;

/**
 * How access tokens are signed and checked.
 *
 * @param secretKey HMAC key; at least as long as the hash output (32 bytes for HS256, 48 for HS384,
 *     64 for HS512, RFC 7518 3.2)
 * @param algorithm HS256, HS384 or HS512; the verifier accepts only this one
 * @param lifetime how long a token is valid
 * @param issuer the {@code iss} written and required
 * @param audience the {@code aud} written and required
 * @param leeway clock skew tolerated on {@code exp}, {@code nbf} and {@code iat}; at most 30 s
 */
public record TokenSettings(
    byte[] secretKey,
    String algorithm,
    Duration lifetime,
    String issuer,
    String audience,
    Duration leeway) {
  public static final String DEFAULT_ISSUER = "expense-tracker";
  public static final String DEFAULT_AUDIENCE = "expense-tracker-api";
  public static final Duration MAX_LEEWAY = Duration.ofSeconds(30);

  public TokenSettings {
    Objects.requireNonNull(secretKey, "secretKey");
    algorithm = Objects.requireNonNull(algorithm, "algorithm").toUpperCase(Locale.ROOT);
    int minimumKeyBytes =
        switch (algorithm) {
          case "HS256" -> 32;
          case "HS384" -> 48;
          case "HS512" -> 64;
          default ->
              throw new IllegalArgumentException(
                  "ALGORITHM must be HS256, HS384 or HS512, not " + algorithm);
        };
    if (secretKey.length < minimumKeyBytes) {
      throw new IllegalArgumentException(
          "SECRET_KEY must be at least " + minimumKeyBytes + " bytes for " + algorithm);
    }
    secretKey = secretKey.clone();
    Objects.requireNonNull(lifetime, "lifetime");
    if (lifetime.isNegative() || lifetime.isZero()) {
      throw new IllegalArgumentException("token lifetime must be positive");
    }
    Objects.requireNonNull(issuer, "issuer");
    Objects.requireNonNull(audience, "audience");
    Objects.requireNonNull(leeway, "leeway");
    if (leeway.isNegative() || leeway.compareTo(MAX_LEEWAY) > 0) {
      throw new IllegalArgumentException("token leeway must be between 0 and 30 seconds");
    }
  }

  /** HS256 tokens for {@code lifetime}, with the default issuer, audience and a 10 s leeway. */
  public static TokenSettings of(String secretKey, String algorithm, Duration lifetime) {
    return new TokenSettings(
        secretKey.getBytes(StandardCharsets.UTF_8),
        algorithm,
        lifetime,
        DEFAULT_ISSUER,
        DEFAULT_AUDIENCE,
        Duration.ofSeconds(10));
  }

  @Override
  public byte[] secretKey() {
    return secretKey.clone();
  }

  @Override
  public boolean equals(Object other) {
    return this == other;
  }

  @Override
  public int hashCode() {
    return System.identityHashCode(this);
  }

  @Override
  public String toString() {
    return "TokenSettings[algorithm="
        + algorithm
        + ", lifetime="
        + lifetime
        + ", issuer="
        + issuer
        + ", audience="
        + audience
        + ", secretKey=redacted]";
  }
}
