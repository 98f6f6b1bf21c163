package org.expensetracker.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;
import static org.expensetracker.bootstrap.testing.ApiClient.json;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import org.expensetracker.adapters.http.TrustedProxies;
import org.expensetracker.adapters.persistence.testing.PostgresTest;
import org.expensetracker.adapters.persistence.testing.TestDatabase;
import org.expensetracker.application.IdentitySettings;
import org.expensetracker.bootstrap.testing.ApiClient;
import org.expensetracker.bootstrap.testing.ApiClient.Response;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Production limits over HTTP; the counters live in PostgreSQL and survive a restart. A client over
 * its limit gets 429 with Retry-After; a locked account answers like a wrong password.
 */
@PostgresTest
class RateLimitEndToEndTest {

  /** Every test here counts from zero (they all come from 127.0.0.1). */
  @BeforeEach
  void forgetEveryCounter() {
    TestDatabase.reset();
  }

  private static ApiClient strictServer() {
    return ApiClient.start(ApiClient.testOptions().withLimits(IdentitySettings.Limits.defaults()));
  }

  private static Response login(ApiClient api, String email, String password) {
    return api.post("/api/v1/auth/login", null, json("email", email, "password", password));
  }

  @Test
  void tenFailedLoginsFromOneClientGive429WithRetryAfterEvenAfterARestart() {
    String email = "limited@example.com";
    try (ApiClient api = strictServer()) {
      api.newUser(email);
      for (int i = 0; i < 10; i++) {
        assertThat(login(api, email, "wrong password number " + i).status()).isEqualTo(401);
      }

      Response blocked = login(api, email, ApiClient.PASSWORD);
      assertThat(blocked.status()).isEqualTo(429);
      assertThat(blocked.header("Content-Type")).startsWith("application/problem+json");
      assertThat(Integer.parseInt(blocked.header("Retry-After"))).isBetween(800, 900);
    }
    try (ApiClient restarted = strictServer()) {
      assertThat(login(restarted, email, ApiClient.PASSWORD).status()).isEqualTo(429);
    }
  }

  @Test
  void aLockedAccountAnswersTheRightPasswordWithTheSame401AsAWrongOne() {
    String email = "locked@example.com";
    Operations behindProxy =
        new Operations(TrustedProxies.parse("127.0.0.0/8"), Optional.empty(), OptionalInt.empty());
    try (ApiClient api =
        ApiClient.start(
            ApiClient.testOptions().withLimits(IdentitySettings.Limits.defaults()), behindProxy)) {
      api.newUser(email);
      for (int i = 0; i < 10; i++) {
        assertThat(loginFrom(api, "203.0.113." + i, email, "wrong password " + i).status())
            .isEqualTo(401);
      }

      Response right = loginFrom(api, "198.51.100.1", email, ApiClient.PASSWORD);
      Response wrong = loginFrom(api, "198.51.100.2", email, "yet another wrong password");

      assertThat(right.status()).isEqualTo(401);
      assertThat(right.header("Retry-After")).isNull();
      assertThat(right.header("WWW-Authenticate")).isEqualTo(wrong.header("WWW-Authenticate"));
      assertThat(withoutRequestId(right)).isEqualTo(withoutRequestId(wrong));
    }
  }

  /** A login forwarded for {@code client} by the (trusted) proxy at 127.0.0.1. */
  private static Response loginFrom(ApiClient api, String client, String email, String password) {
    return api.send(
        "POST",
        "/api/v1/auth/login",
        null,
        json("email", email, "password", password),
        "X-Forwarded-For",
        client);
  }

  private static JsonNode withoutRequestId(Response response) {
    ObjectNode body = (ObjectNode) response.json();
    body.remove("request_id");
    return body;
  }

  @Test
  void ofTwentyParallelResendsForOneAddressOneIsAcceptedAndTheOthersGet429WithRetryAfter() {
    try (ApiClient api = ApiClient.start()) {
      List<Response> answers =
          ApiClient.inParallel(
              20,
              () -> api.post("/api/v1/auth/resend-otp", null, json("email", "burst@example.com")));

      assertThat(answers.stream().map(Response::status))
          .as("one per minute and address, however many arrive at once")
          .containsOnly(202, 429)
          .containsOnlyOnce(202);
      assertThat(answers.stream().filter(r -> r.status() == 429))
          .hasSize(19)
          .allSatisfy(r -> assertThat(Integer.parseInt(r.header("Retry-After"))).isBetween(1, 60));
    }
  }
}
