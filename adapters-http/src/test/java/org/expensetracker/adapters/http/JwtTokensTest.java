package org.expensetracker.adapters.http;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.auth0.jwt.JWT;
import com.auth0.jwt.JWTCreator;
import com.auth0.jwt.algorithms.Algorithm;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Base64;
import java.util.UUID;
import java.util.function.UnaryOperator;
import org.expensetracker.application.port.out.TokenVerifier;
import org.expensetracker.domain.identity.UserId;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The token rules of RFC 8725 as the issue states them, on forged tokens built here. */
class JwtTokensTest {
  private static final String KEY = "a test key that is at least 32 bytes long";
  private static final Instant NOW = Instant.parse("2025-03-01T10:00:00.750Z");
  private static final UserId USER = new UserId(UUID.randomUUID());
  private static final Algorithm HS256 = Algorithm.HMAC256(KEY.getBytes(StandardCharsets.UTF_8));

  private final JwtTokens tokens =
      new JwtTokens(
          TokenSettings.of(KEY, "HS256", Duration.ofMinutes(30)), Clock.fixed(NOW, ZoneOffset.UTC));

  /** A token like ours, signed with our key, with {@code change} applied to the claims. */
  private static String forge(UnaryOperator<JWTCreator.Builder> change, Algorithm algorithm) {
    JWTCreator.Builder builder =
        JWT.create()
            .withIssuer(TokenSettings.DEFAULT_ISSUER)
            .withAudience(TokenSettings.DEFAULT_AUDIENCE)
            .withSubject(USER.value().toString())
            .withIssuedAt(NOW)
            .withExpiresAt(NOW.plus(Duration.ofMinutes(30)));
    return change.apply(builder).sign(algorithm);
  }

  private static String forge(UnaryOperator<JWTCreator.Builder> change) {
    return forge(change, HS256);
  }

  private static String b64(String json) {
    return Base64.getUrlEncoder()
        .withoutPadding()
        .encodeToString(json.getBytes(StandardCharsets.UTF_8));
  }

  private boolean accepted(String token) {
    return tokens.verify(token).isPresent();
  }

  @Test
  void anIssuedTokenNamesItsUserAndItsExactIssueTime() {
    String token = tokens.issue(USER, NOW).token();

    TokenVerifier.Claims claims = tokens.verify(token).orElseThrow();
    assertThat(claims.subject()).isEqualTo(USER);
    assertThat(claims.issuedAt()).isEqualTo(NOW);
  }

  @Test
  void aTokenWithOnlyTheStandardClaimsIsAcceptedAtWholeSecondPrecision() {
    assertThat(tokens.verify(forge(b -> b)).orElseThrow().issuedAt())
        .isEqualTo(Instant.parse("2025-03-01T10:00:00Z"));
  }

  @ParameterizedTest
  @ValueSource(strings = {"none", "None", "NONE", "nOnE"})
  void algNoneInAnyCaseIsRefused(String alg) {
    String signed = tokens.issue(USER, NOW).token();
    String[] parts = signed.split("\\.");
    String header = b64("{\"alg\":\"" + alg + "\",\"typ\":\"JWT\"}");

    assertThat(accepted(header + "." + parts[1] + ".")).isFalse();
    assertThat(accepted(header + "." + parts[1])).isFalse();
    assertThat(accepted(header + "." + parts[1] + "." + parts[2])).isFalse();
  }

  @Test
  void aTokenSignedWithAnotherKeyIsRefused() {
    Algorithm other =
        Algorithm.HMAC256("another key, also 32 bytes or longer".getBytes(StandardCharsets.UTF_8));

    assertThat(accepted(forge(b -> b, other))).isFalse();
  }

  @Test
  void otherAlgorithmsAreRefusedEvenWithTheRightKey() {
    byte[] key = KEY.getBytes(StandardCharsets.UTF_8);

    assertThat(accepted(forge(b -> b, Algorithm.HMAC384(key)))).isFalse();
    assertThat(accepted(forge(b -> b, Algorithm.HMAC512(key)))).isFalse();
    String[] parts = tokens.issue(USER, NOW).token().split("\\.");
    assertThat(
            accepted(b64("{\"alg\":\"RS256\",\"typ\":\"JWT\"}") + "." + parts[1] + "." + parts[2]))
        .isFalse();
  }

  @Test
  void aStrippedOrTamperedSignatureIsRefused() {
    String[] parts = tokens.issue(USER, NOW).token().split("\\.");
    String otherUser =
        b64(
            new String(Base64.getUrlDecoder().decode(parts[1]), StandardCharsets.UTF_8)
                .replace(USER.value().toString(), UUID.randomUUID().toString()));

    assertThat(accepted(parts[0] + "." + parts[1] + ".")).isFalse();
    assertThat(accepted(parts[0] + "." + parts[1])).isFalse();
    assertThat(accepted(parts[0] + "." + otherUser + "." + parts[2])).isFalse();
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "",
        "abc",
        "a.b.c",
        "a.b.c.d",
        "..",
        "!!!.???.###",
        "eyJhbGciOiJIUzI1NiJ9.bm90IGpzb24.c2ln",
        "bm90IGpzb24.eyJzdWIiOiJ4In0.c2ln"
      })
  void malformedTokensAreRefusedWithoutAnException(String token) {
    assertThat(accepted(token)).isFalse();
  }

  @Test
  void anOversizedTokenIsRefusedBeforeDecoding() {
    String big = forge(b -> b.withClaim("pad", "x".repeat(8 * 1024)));

    assertThat(big.length()).isGreaterThan(8 * 1024);
    assertThat(accepted(big)).isFalse();
  }

  @Test
  void anExpiredTokenIsRefusedOutsideTheLeeway() {
    assertThat(accepted(forge(b -> b.withExpiresAt(NOW.minusSeconds(31))))).isFalse();
    assertThat(accepted(forge(b -> b.withExpiresAt(NOW.minusSeconds(5))))).isTrue();
  }

  @Test
  void aTokenFromTheFutureIsRefused() {
    assertThat(accepted(forge(b -> b.withIssuedAt(NOW.plusSeconds(60))))).isFalse();
    assertThat(accepted(forge(b -> b.withNotBefore(NOW.plusSeconds(60))))).isFalse();
  }

  @Test
  void theWrongIssuerOrAudienceIsRefused() {
    assertThat(accepted(forge(b -> b.withIssuer("someone-else")))).isFalse();
    assertThat(accepted(forge(b -> b.withAudience("another-api")))).isFalse();
  }

  @ParameterizedTest
  @ValueSource(strings = {"exp", "iat", "sub", "iss", "aud"})
  void everyRequiredClaimMustBePresentAndNotNull(String claim) {
    java.util.Map<String, Object> claims = new java.util.HashMap<>();
    claims.put("exp", NOW.plusSeconds(600).getEpochSecond());
    claims.put("iat", NOW.getEpochSecond());
    claims.put("sub", USER.value().toString());
    claims.put("iss", TokenSettings.DEFAULT_ISSUER);
    claims.put("aud", TokenSettings.DEFAULT_AUDIENCE);
    assertThat(accepted(JWT.create().withPayload(claims).sign(HS256))).as("complete").isTrue();

    claims.remove(claim);
    assertThat(accepted(JWT.create().withPayload(claims).sign(HS256)))
        .as("without " + claim)
        .isFalse();
    claims.put(claim, null);
    assertThat(accepted(JWT.create().withPayload(claims).sign(HS256)))
        .as(claim + " null")
        .isFalse();
  }

  @Test
  void aSubjectThatIsNotOurUserIdIsRefused() {
    assertThat(accepted(forge(b -> b.withSubject("admin")))).isFalse();
    assertThat(accepted(forge(b -> b.withSubject(USER.value().toString().toUpperCase()))))
        .isFalse();
  }

  @Test
  void anExactIssueTimeOutsideTheSignedSecondIsRefused() {
    long millis = NOW.toEpochMilli();

    assertThat(accepted(forge(b -> b.withClaim(JwtTokens.ISSUED_AT_MILLIS, millis + 1000))))
        .isFalse();
    assertThat(accepted(forge(b -> b.withClaim(JwtTokens.ISSUED_AT_MILLIS, "soon")))).isFalse();
    assertThat(accepted(forge(b -> b.withClaim(JwtTokens.ISSUED_AT_MILLIS, millis)))).isTrue();
  }

  @Test
  void aVerifierConfiguredForHs512RefusesHs256() {
    String longKey = "k".repeat(64);
    JwtTokens hs512 =
        new JwtTokens(
            TokenSettings.of(longKey, "HS512", Duration.ofMinutes(30)),
            Clock.fixed(NOW, ZoneOffset.UTC));
    String hs256 = forge(b -> b, Algorithm.HMAC256(longKey.getBytes(StandardCharsets.UTF_8)));

    assertThat(hs512.verify(hs512.issue(USER, NOW).token())).isPresent();
    assertThat(hs512.verify(hs256)).isEmpty();
  }

  @Test
  void weakOrUnknownSettingsAreRefusedAtStartUp() {
    assertThatThrownBy(() -> TokenSettings.of("x".repeat(31), "HS256", Duration.ofMinutes(30)))
        .hasMessageContaining("32 bytes");
    assertThatThrownBy(() -> TokenSettings.of("x".repeat(40), "HS512", Duration.ofMinutes(30)))
        .hasMessageContaining("64 bytes");
    assertThatThrownBy(() -> TokenSettings.of(KEY, "RS256", Duration.ofMinutes(30)))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> TokenSettings.of(KEY, "none", Duration.ofMinutes(30)))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(
            () ->
                new TokenSettings(
                    KEY.getBytes(StandardCharsets.UTF_8),
                    "HS256",
                    Duration.ofMinutes(30),
                    "i",
                    "a",
                    Duration.ofSeconds(31)))
        .hasMessageContaining("leeway");
    assertThat(TokenSettings.of(KEY, "HS256", Duration.ofMinutes(30)).toString())
        .doesNotContain(KEY);
  }
}
