package org.expensetracker.bootstrap.testing;

import com.auth0.jwt.JWT;
import com.auth0.jwt.JWTCreator;
import com.auth0.jwt.algorithms.Algorithm;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.UUID;
import java.util.function.UnaryOperator;

/**
 * Tokens built in the test, signed with the test server's key ({@link ApiClient#SECRET_KEY}) unless
 * said otherwise, to probe what the server accepts.
 */
public final class ForgedTokens {
  public static final String ISSUER = "expense-tracker";
  public static final String AUDIENCE = "expense-tracker-api";
  public static final Algorithm SERVER_KEY =
      Algorithm.HMAC256(ApiClient.SECRET_KEY.getBytes(StandardCharsets.UTF_8));

  private ForgedTokens() {}

  /** A token like the server's for {@code user}, with {@code change} applied to its claims. */
  public static String forge(
      UUID user, UnaryOperator<JWTCreator.Builder> change, Algorithm algorithm) {
    Instant now = Instant.now();
    JWTCreator.Builder builder =
        JWT.create()
            .withIssuer(ISSUER)
            .withAudience(AUDIENCE)
            .withSubject(user.toString())
            .withIssuedAt(now)
            .withExpiresAt(now.plus(Duration.ofMinutes(30)));
    return change.apply(builder).sign(algorithm);
  }

  public static String forge(UUID user, UnaryOperator<JWTCreator.Builder> change) {
    return forge(user, change, SERVER_KEY);
  }

  /** The same header and payload under a new header JSON (for {@code alg: none} and the like). */
  public static String withHeader(String token, String headerJson, String signature) {
    String[] parts = token.split("\\.");
    return b64(headerJson) + "." + parts[1] + "." + signature;
  }

  public static String b64(String text) {
    return Base64.getUrlEncoder()
        .withoutPadding()
        .encodeToString(text.getBytes(StandardCharsets.UTF_8));
  }
}
