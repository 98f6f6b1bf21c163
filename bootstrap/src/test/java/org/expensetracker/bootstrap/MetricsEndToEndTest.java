package org.expensetracker.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;
import static org.expensetracker.bootstrap.testing.ApiClient.json;

import java.time.Duration;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.expensetracker.adapters.http.TrustedProxies;
import org.expensetracker.adapters.persistence.testing.PostgresTest;
import org.expensetracker.application.testing.Eventually;
import org.expensetracker.bootstrap.testing.ApiClient;
import org.expensetracker.bootstrap.testing.ApiClient.Response;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * {@code /metrics}: closed on the public port unless a token is set, open on a separate metrics
 * port; request histograms by route template, JVM and pool meters, business counters.
 */
@PostgresTest
class MetricsEndToEndTest {
  private static final String TOKEN = "metrics-token-for-tests-only";
  private static ApiClient closed;
  private static ApiClient guarded;

  @BeforeAll
  static void start() {
    closed = ApiClient.start();
    guarded =
        ApiClient.start(
            ApiClient.testOptions(),
            new Operations(TrustedProxies.NONE, Optional.of(TOKEN), OptionalInt.of(0)));
  }

  @AfterAll
  static void stop() {
    closed.close();
    guarded.close();
  }

  private static String scrape() {
    Response r = guarded.get("/metrics", TOKEN).expect(200);
    assertThat(r.header("Content-Type")).startsWith("text/plain; version=0.0.4");
    return r.body();
  }

  private static String workspace(String token, String name) {
    return guarded
        .post("/api/v1/workspaces", token, json("name", name))
        .expect(201)
        .json()
        .get("id")
        .asText();
  }

  /** The value of one series, 0 if it has not appeared yet. */
  private static double value(String scrape, String series) {
    Matcher m = Pattern.compile("(?m)^" + Pattern.quote(series) + " (\\S+)$").matcher(scrape);
    return m.find() ? Double.parseDouble(m.group(1)) : 0;
  }

  @Test
  void withoutATokenTheMetricsAreNotOnThePublicPortForAnybody() {
    Response anonymous = closed.get("/metrics", null);
    assertThat(anonymous.status()).isEqualTo(404);
    assertThat(anonymous.header("Content-Type")).startsWith("application/problem+json");
    assertThat(anonymous.body()).doesNotContain("jvm_");
    // Not even with a user's token.
    String userToken = closed.newUser();
    assertThat(closed.get("/metrics", userToken).status()).isEqualTo(404);
    assertThat(closed.server().metricsPort()).isEmpty();
  }

  @Test
  void withATokenTheMetricsNeedExactlyThatToken() {
    Response anonymous = guarded.get("/metrics", null);
    assertThat(anonymous.status()).isEqualTo(401);
    assertThat(anonymous.header("WWW-Authenticate")).isEqualTo("Bearer");
    assertThat(guarded.get("/metrics", TOKEN + "x").status()).isEqualTo(401);
    assertThat(guarded.get("/metrics", guarded.newUser()).status()).isEqualTo(401);
    assertThat(scrape()).contains("jvm_memory_used_bytes");
  }

  @Test
  void theSeparateMetricsPortServesOnlyMetrics() {
    int port = guarded.server().metricsPort().orElseThrow();
    assertThat(port).isNotEqualTo(guarded.port());
    ApiClient metricsPort = ApiClient.connect(port);
    assertThat(metricsPort.get("/metrics", null).status()).isEqualTo(401);
    assertThat(metricsPort.get("/metrics", TOKEN).body()).contains("http_server_requests_seconds");
    assertThat(metricsPort.get("/health", null).status()).isEqualTo(404);
    assertThat(metricsPort.get("/api/v1/users/me", TOKEN).status()).isEqualTo(404);
  }

  @Test
  void requestsAreCountedByRouteTemplateNeverByRawPath() {
    String token = guarded.newUser();
    String workspace = workspace(token, "Metered");
    guarded.get("/api/v1/workspaces/" + workspace, token).expect(200);
    guarded.get("/api/v1/workspaces/" + UUID.randomUUID(), token).expect(404);
    guarded.get("/api/v1/workspaces/" + workspace, null).expect(401);
    guarded.get("/no/such/path/" + UUID.randomUUID(), null).expect(404);

    String scrape = scrape();
    assertThat(scrape).doesNotContain(workspace).doesNotContain("/no/such/path");
    String route = "method=\"GET\",route=\"/api/v1/workspaces/{workspace_id}\"";
    assertThat(scrape)
        .contains("http_server_requests_seconds_bucket{" + route + ",status=\"200\",le=\"0.1\"}")
        .contains("http_server_requests_seconds_count{" + route + ",status=\"404\"} 1")
        .contains("http_server_requests_seconds_count{" + route + ",status=\"401\"} 1")
        .contains("route=\"unmatched\"");
  }

  @Test
  void jvmAndConnectionPoolMetricsAreThere() {
    assertThat(scrape())
        .contains("jvm_memory_used_bytes", "jvm_threads_live_threads", "process_uptime_seconds")
        .contains("hikaricp_connections_active{pool=\"expense-tracker\"}")
        .contains("hikaricp_connections_max{pool=\"expense-tracker\"}")
        .contains("expense_tracker_connection_queue_waiting ")
        .contains("expense_tracker_connection_queue_timeouts_total ");
  }

  @Test
  void theTokenCacheSaysWhetherItIsOnAndHowManyUsersItHolds() {
    String token = guarded.newUser();
    Pattern holdsSomeone = Pattern.compile("(?m)^expense_tracker_token_cache_users [1-9]");

    String scrape =
        Eventually.await(
            "the token cache to be on and hold the user",
            Duration.ofSeconds(5),
            () -> {
              guarded.get("/api/v1/users/me", token).expect(200); // kept once the cache is on
              return scrape();
            },
            s ->
                s.contains("expense_tracker_token_cache_on 1.0") && holdsSomeone.matcher(s).find());

    assertThat(scrape).contains("expense_tracker_token_cache_on 1.0").containsPattern(holdsSomeone);
  }

  @Test
  void businessCountersFollowRegistrationsLoginsAndNewExpensesButNotReplays() {
    String before = scrape();
    String email = "counted-" + UUID.randomUUID() + "@example.com";
    String token = guarded.newUser(email); // one registration, one login
    guarded
        .post("/api/v1/auth/login", null, json("email", email, "password", "not the password"))
        .expect(401);
    String workspace = workspace(token, "Counted");
    String expenses = "/api/v1/workspaces/" + workspace + "/expenses";
    String body =
        "{\"amount\":\"3.00\",\"description\":\"Tea\",\"category\":\"Food\",\"spent_at\":\"2026-11-05\"}";
    String key = UUID.randomUUID().toString();
    guarded.send("POST", expenses, token, body, "Idempotency-Key", key).expect(201);
    guarded.send("POST", expenses, token, body, "Idempotency-Key", key).expect(201);
    guarded.post(expenses, token, body).expect(201);
    guarded.post(expenses, token, "{}").expect(400);

    String after = scrape();
    for (String[] expected :
        new String[][] {
          {"expense_tracker_registrations_total", "1"},
          {"expense_tracker_logins_total{outcome=\"succeeded\"}", "1"},
          {"expense_tracker_logins_total{outcome=\"failed\"}", "1"},
          {"expense_tracker_expenses_recorded_total", "2"}
        }) {
      assertThat(value(after, expected[0]) - value(before, expected[0]))
          .as(expected[0])
          .isEqualTo(Double.parseDouble(expected[1]));
    }
  }
}
