package org.expensetracker.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;
import static org.expensetracker.bootstrap.testing.ApiClient.json;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.UUID;
import org.expensetracker.adapters.persistence.testing.PostgresTest;
import org.expensetracker.adapters.persistence.testing.TestDatabase;
import org.expensetracker.application.IdentitySettings;
import org.expensetracker.application.testing.Eventually;
import org.expensetracker.bootstrap.testing.ApiClient;
import org.expensetracker.bootstrap.testing.ApiClient.Response;
import org.expensetracker.domain.otp.OtpPurpose;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Two server instances (each its own Javalin, pool and core) on one PostgreSQL with one {@code
 * SECRET_KEY}, as behind a load balancer: whatever one instance learned, the other knows. Nothing
 * that matters is kept only in a process; the one cache (which tokens are still accepted) hears of
 * every change through PostgreSQL.
 */
@PostgresTest
class TwoInstancesEndToEndTest {
  private static ApiClient one;
  private static ApiClient two;

  @BeforeAll
  static void start() {
    // The production limit on failed logins per account, on both; the others out of reach (every
    // test client is 127.0.0.1).
    IdentitySettings.Limits relaxed = ApiClient.testLimits();
    IdentitySettings.Limits limits =
        new IdentitySettings.Limits(
            IdentitySettings.Limits.defaults().loginFailuresPerAccount(),
            relaxed.loginFailuresPerClient(),
            relaxed.otpFailuresPerAccount(),
            relaxed.otpFailuresPerClient(),
            relaxed.registrationsPerClient(),
            relaxed.codeSendCooldown(),
            relaxed.codeSendsPerHour(),
            relaxed.codeRequestsPerClient());
    var options = ApiClient.testOptions().withLimits(limits);
    one = ApiClient.start(options);
    two = ApiClient.start(options);
    assertThat(one.port()).isNotEqualTo(two.port());
  }

  @AfterAll
  static void stop() {
    one.close();
    two.close();
  }

  @Test
  void aCodeSentByOneInstanceIsAcceptedByTheOtherAndItsTokenWorksOnBoth() {
    String email = "roaming-" + UUID.randomUUID() + "@example.com";
    one.post(
            "/api/v1/auth/register",
            null,
            json("email", email, "password", ApiClient.PASSWORD, "full_name", "Roaming"))
        .expect(201);
    String code = one.lastCode(email, OtpPurpose.VERIFY_EMAIL);

    two.post("/api/v1/auth/verify-otp", null, json("email", email, "code", code)).expect(200);
    String token = one.login(email, ApiClient.PASSWORD);

    Response onTwo = two.get("/api/v1/users/me", token).expect(200);
    assertThat(onTwo.json().get("email").asText()).isEqualTo(email);
    assertThat(one.get("/api/v1/users/me", token).json()).isEqualTo(onTwo.json());
    // The code was used up on instance two: instance one refuses it too.
    assertThat(
            one.post("/api/v1/auth/verify-otp", null, json("email", email, "code", code)).status())
        .isNotEqualTo(200);
  }

  @Test
  void aPasswordChangedOnOneInstanceRevokesTheOldTokenOnTheOtherWithinMoments() {
    String email = "revoked-" + UUID.randomUUID() + "@example.com";
    String old = one.newUser(email);
    two.get("/api/v1/users/me", old).expect(200); // instance two now has the user in its cache

    one.post(
            "/api/v1/users/me/password",
            old,
            json(
                "current_password",
                ApiClient.PASSWORD,
                "new_password",
                "a brand new password here"))
        .expect(204);

    int status =
        Eventually.await(
            "the change to reach instance two",
            Duration.ofSeconds(2),
            () -> two.get("/api/v1/users/me", old).status(),
            s -> s != 200);
    assertThat(status).isEqualTo(401);
    String renewed = one.login(email, "a brand new password here");
    two.get("/api/v1/users/me", renewed).expect(200);
  }

  @Test
  void failedLoginsSpreadOverBothInstancesLockTheAccountOnBoth() {
    String email = "spread-" + UUID.randomUUID() + "@example.com";
    one.newUser(email);
    for (int i = 0; i < 10; i++) {
      ApiClient instance = i % 2 == 0 ? one : two;
      Response failed =
          instance.post(
              "/api/v1/auth/login", null, json("email", email, "password", "wrong password " + i));
      assertThat(failed.status()).isEqualTo(401);
    }

    // Five on each: only counted together do they lock the account, which then refuses even the
    // right password, as it refuses a wrong one.
    for (ApiClient instance : new ApiClient[] {one, two}) {
      Response locked =
          instance.post(
              "/api/v1/auth/login", null, json("email", email, "password", ApiClient.PASSWORD));
      assertThat(locked.status()).isEqualTo(401);
      assertThat(locked.header("Retry-After")).isNull();
    }
  }

  @Test
  void anIdempotentRetrySentToTheOtherInstanceReplaysTheFirstResponse() throws SQLException {
    String token = one.newUser();
    String workspace = workspace(token, "Shared flat");
    String expenses = "/api/v1/workspaces/" + workspace + "/expenses";
    String body =
        "{\"amount\":\"42.50\",\"description\":\"Dinner\",\"category\":\"Food\",\"spent_at\":\"2026-11-05\"}";
    String key = UUID.randomUUID().toString();

    Response first = one.send("POST", expenses, token, body, "Idempotency-Key", key).expect(201);
    Response retry = two.send("POST", expenses, token, body, "Idempotency-Key", key).expect(201);

    assertThat(retry.json().get("id")).isEqualTo(first.json().get("id"));
    assertThat(retry.header("Location")).isEqualTo(first.header("Location"));
    assertThat(retry.header("Idempotent-Replayed")).isEqualTo("true");
    assertThat(rowsIn(UUID.fromString(workspace))).isEqualTo(1);
  }

  @Test
  void aListCursorFromOneInstanceContinuesOnTheOther() {
    String token = one.newUser();
    String workspace = workspace(token, "Paged");
    String expenses = "/api/v1/workspaces/" + workspace + "/expenses";
    for (String day : new String[] {"2026-11-01", "2026-11-02"}) {
      one.post(
              expenses,
              token,
              "{\"amount\":\"1.00\",\"description\":\"Bus\",\"category\":\"Travel\",\"spent_at\":\""
                  + day
                  + "\"}")
          .expect(201);
    }

    Response page1 = one.get(expenses + "?limit=1", token).expect(200);
    String cursor = page1.json().get("next_cursor").asText();
    Response page2 = two.get(expenses + "?limit=1&cursor=" + cursor, token).expect(200);

    assertThat(page2.json().get("items")).hasSize(1);
    assertThat(page2.json().get("items").get(0).get("spent_at").asText()).isEqualTo("2026-11-01");
    assertThat(page1.json().get("items").get(0).get("spent_at").asText()).isEqualTo("2026-11-02");
  }

  private static String workspace(String token, String name) {
    return one.post("/api/v1/workspaces", token, json("name", name))
        .expect(201)
        .json()
        .get("id")
        .asText();
  }

  private static int rowsIn(UUID workspace) throws SQLException {
    try (Connection c = TestDatabase.postgres().getPostgresDatabase().getConnection();
        PreparedStatement s =
            c.prepareStatement("select count(*) from expenses where workspace_id = ?")) {
      s.setObject(1, workspace);
      try (ResultSet rs = s.executeQuery()) {
        rs.next();
        return rs.getInt(1);
      }
    }
  }
}
