package org.expensetracker.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;
import static org.expensetracker.bootstrap.testing.ApiClient.json;

import java.util.List;
import org.expensetracker.adapters.persistence.testing.PostgresTest;
import org.expensetracker.application.IdentitySettings;
import org.expensetracker.bootstrap.testing.ApiClient;
import org.expensetracker.bootstrap.testing.ApiClient.Response;
import org.junit.jupiter.api.Test;

/** Production limits over HTTP; the counters live in PostgreSQL and survive a restart. */
@PostgresTest
class RateLimitEndToEndTest {

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
