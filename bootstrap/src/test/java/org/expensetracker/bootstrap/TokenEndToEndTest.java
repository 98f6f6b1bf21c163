package org.expensetracker.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;
import static org.expensetracker.bootstrap.testing.ApiClient.json;
import static org.expensetracker.bootstrap.testing.ForgedTokens.forge;

import com.auth0.jwt.algorithms.Algorithm;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import org.expensetracker.adapters.persistence.testing.PostgresTest;
import org.expensetracker.adapters.persistence.testing.TestDatabase;
import org.expensetracker.application.testing.Eventually;
import org.expensetracker.bootstrap.testing.ApiClient;
import org.expensetracker.bootstrap.testing.ApiClient.Response;
import org.expensetracker.bootstrap.testing.ForgedTokens;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Forged, tampered and stale tokens over HTTP: every one is the same 401 with {@code
 * WWW-Authenticate: Bearer}, never a 500.
 */
@PostgresTest
class TokenEndToEndTest {
  private static ApiClient api;
  private static String validToken;
  private static UUID user;
  private static String referenceBody;

  @BeforeAll
  static void start() {
    api = ApiClient.start();
    validToken = api.newUser("holder@example.com");
    user = api.userId(validToken);
    referenceBody = AuthEndToEndTest.withoutRequestId(api.get("/api/v1/users/me", null).body());
  }

  @AfterAll
  static void stop() {
    api.close();
  }

  private static void assertRefused(String description, Response r) {
    assertThat(r.status()).as(description).isEqualTo(401);
    assertThat(r.header("WWW-Authenticate")).as(description).isEqualTo("Bearer");
    assertThat(AuthEndToEndTest.withoutRequestId(r.body()))
        .as(description)
        .isEqualTo(referenceBody);
  }

  @Test
  void theServersOwnTokenWorks() {
    assertThat(api.get("/api/v1/users/me", validToken).status()).isEqualTo(200);
  }

  @Test
  void forgedAndTamperedTokensAreAll401WithOneBody() {
    byte[] key = ApiClient.SECRET_KEY.getBytes(StandardCharsets.UTF_8);
    String[] parts = validToken.split("\\.");
    Instant now = Instant.now();
    Map<String, String> tokens = new LinkedHashMap<>();
    for (String alg : new String[] {"none", "None", "NONE", "nOnE"}) {
      tokens.put(
          "alg " + alg, ForgedTokens.withHeader(validToken, "{\"alg\":\"" + alg + "\"}", ""));
      tokens.put(
          "alg " + alg + " keeping signature",
          ForgedTokens.withHeader(validToken, "{\"alg\":\"" + alg + "\"}", parts[2]));
    }
    tokens.put(
        "wrong key",
        forge(
            user,
            b -> b,
            Algorithm.HMAC256(
                "not the server key, but 32+ bytes".getBytes(StandardCharsets.UTF_8))));
    tokens.put("HS384 header, server key", forge(user, b -> b, Algorithm.HMAC384(key)));
    tokens.put("HS512 header, server key", forge(user, b -> b, Algorithm.HMAC512(key)));
    tokens.put(
        "RS256 header",
        ForgedTokens.withHeader(validToken, "{\"alg\":\"RS256\",\"typ\":\"JWT\"}", parts[2]));
    tokens.put("stripped signature", parts[0] + "." + parts[1] + ".");
    tokens.put("two segments", parts[0] + "." + parts[1]);
    tokens.put("four segments", validToken + ".x");
    tokens.put("not base64", "%%%.%%%.%%%");
    tokens.put("not JSON", ForgedTokens.b64("hello") + "." + parts[1] + "." + parts[2]);
    tokens.put("8 KB", forge(user, b -> b.withClaim("pad", "x".repeat(8 * 1024))));
    tokens.put("expired", forge(user, b -> b.withExpiresAt(now.minusSeconds(120))));
    tokens.put("no exp", forge(user, b -> b.withExpiresAt((Instant) null)));
    tokens.put("future iat", forge(user, b -> b.withIssuedAt(now.plusSeconds(600))));
    tokens.put("future nbf", forge(user, b -> b.withNotBefore(now.plusSeconds(600))));
    tokens.put("wrong iss", forge(user, b -> b.withIssuer("evil")));
    tokens.put("wrong aud", forge(user, b -> b.withAudience("another-api")));
    tokens.put("unknown user", forge(UUID.randomUUID(), b -> b));
    tokens.put("subject not a uuid", forge(user, b -> b.withSubject("1 OR 1=1")));
    tokens.put("empty", "");

    for (Map.Entry<String, String> token : tokens.entrySet()) {
      assertRefused(token.getKey(), api.get("/api/v1/users/me", token.getValue()));
    }
  }

  @Test
  void oddAuthorizationHeadersAre401() {
    for (String header :
        new String[] {
          "Basic dXNlcjpwYXNz", "Bearer", "Bearer ", validToken, "Token " + validToken
        }) {
      Response r =
          api.send(api.request("/api/v1/users/me").header("Authorization", header).GET().build());
      assertRefused(header, r);
    }
  }

  @Test
  void theSchemeNameIsCaseInsensitive() {
    Response r =
        api.send(
            api.request("/api/v1/users/me")
                .header("Authorization", "bearer " + validToken)
                .GET()
                .build());

    assertThat(r.status()).isEqualTo(200);
  }

  @Test
  void aTokenOutsideTheAuthorizationHeaderIsIgnored() {
    assertRefused("query", api.get("/api/v1/users/me?access_token=" + validToken, null));
    assertRefused(
        "cookie",
        api.send(
            api.request("/api/v1/users/me")
                .header("Cookie", "access_token=" + validToken)
                .GET()
                .build()));
  }

  @Test
  void aTokenOfADeletedUserIs401() throws Exception {
    String token = api.newUser("deleted@example.com");
    UUID id = api.userId(token);
    try (Connection c = TestDatabase.postgres().getPostgresDatabase().getConnection();
        PreparedStatement delete = c.prepareStatement("delete from users where id = ?")) {
      delete.setObject(1, id);
      assertThat(delete.executeUpdate()).isEqualTo(1);
    }

    // Deleted behind the server's back: its token cache hears of it at commit, a few ms later.
    Response r =
        Eventually.await(
            "the deletion to reach the server",
            Duration.ofSeconds(2),
            () -> api.get("/api/v1/users/me", token),
            response -> response.status() != 200);
    assertRefused("deleted user", r);
  }

  @Test
  void aValidlySignedTokenIssuedBeforeThePasswordChangeIs401() {
    String token = api.newUser("changer@example.com");
    UUID id = api.userId(token);
    Instant now = Instant.now();
    String before = forge(id, b -> b.withIssuedAt(now).withClaim("iat_ms", now.toEpochMilli()));
    assertThat(api.get("/api/v1/users/me", before).status()).isEqualTo(200);

    api.post(
            "/api/v1/users/me/password",
            token,
            json(
                "current_password",
                ApiClient.PASSWORD,
                "new_password",
                "another long password for this test"))
        .expect(204);

    assertRefused("issued before the change", api.get("/api/v1/users/me", before));
    assertRefused("the token used for the change", api.get("/api/v1/users/me", token));
  }
}
