package org.expensetracker.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;
import static org.expensetracker.bootstrap.testing.ApiClient.json;

import java.net.http.HttpRequest;
import org.expensetracker.adapters.persistence.testing.PostgresTest;
import org.expensetracker.bootstrap.testing.ApiClient;
import org.expensetracker.bootstrap.testing.ApiClient.Response;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Registration, login and the bearer filter over HTTP, on the real server and database. */
@PostgresTest
class AuthEndToEndTest {
  private static ApiClient api;

  @BeforeAll
  static void start() {
    api = ApiClient.start();
  }

  @AfterAll
  static void stop() {
    api.close();
  }

  @Test
  void registrationAnswers201WithTheUserAndNeverTheHash() {
    Response r =
        api.post(
            "/api/v1/auth/register",
            null,
            json(
                "email", "  Reg@Example.com ",
                "password", ApiClient.PASSWORD,
                "full_name", "Ada Lovelace"));

    assertThat(r.status()).isEqualTo(201);
    var body = r.json();
    assertThat(body.get("email").asText()).isEqualTo("reg@example.com");
    assertThat(body.get("full_name").asText()).isEqualTo("Ada Lovelace");
    assertThat(body.get("is_verified").asBoolean()).isFalse();
    assertThat(body.has("id")).isTrue();
    assertThat(body.has("created_at")).isTrue();
    assertThat(body.size()).isEqualTo(5);
    assertThat(r.body()).doesNotContain("$2a$").doesNotContain(ApiClient.PASSWORD);
  }

  @Test
  void aDuplicateAddressIs409() {
    api.newUser("dup@example.com");

    Response r =
        api.post(
            "/api/v1/auth/register",
            null,
            json("email", "DUP@example.com", "password", ApiClient.PASSWORD, "full_name", "X"));

    assertThat(r.status()).isEqualTo(409);
    assertThat(r.json().get("type").asText()).endsWith("email-taken");
  }

  @Test
  void massAssignedVerificationAtRegistrationIs400() {
    Response r =
        api.post(
            "/api/v1/auth/register",
            null,
            "{\"email\":\"mass@example.com\",\"password\":\"a long test password, not a common"
                + " one\",\"full_name\":\"X\",\"is_verified\":true}");

    assertThat(r.status()).isEqualTo(400);
    assertThat(r.body()).contains("is_verified");
  }

  @Test
  void aCommonPasswordIs400WithTheReason() {
    Response r =
        api.post(
            "/api/v1/auth/register",
            null,
            json("email", "common@example.com", "password", "Password1234", "full_name", "X"));

    assertThat(r.status()).isEqualTo(400);
    assertThat(r.json().get("errors").get(0).get("field").asText()).isEqualTo("password");
    assertThat(r.body()).contains("breached");
  }

  @Test
  void loginGivesABearerTokenThatOpensMe() {
    api.newUser("me@example.com");

    Response login =
        api.post(
            "/api/v1/auth/login",
            null,
            json("email", "me@example.com", "password", ApiClient.PASSWORD));

    assertThat(login.status()).isEqualTo(200);
    assertThat(login.json().get("token_type").asText()).isEqualTo("bearer");
    assertThat(login.json().get("expires_in").asLong()).isEqualTo(1800);
    String token = login.json().get("access_token").asText();
    Response me = api.get("/api/v1/users/me", token);
    assertThat(me.status()).isEqualTo(200);
    assertThat(me.json().get("email").asText()).isEqualTo("me@example.com");
  }

  @Test
  void loginAcceptsTheOAuth2PasswordFlowForm() {
    api.newUser("form@example.com");

    Response r =
        api.send(
            api.request("/api/v1/auth/login")
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(
                    HttpRequest.BodyPublishers.ofString(
                        "grant_type=password&username=form%40example.com&password="
                            + java.net.URLEncoder.encode(
                                ApiClient.PASSWORD, java.nio.charset.StandardCharsets.UTF_8)
                            + "&scope="))
                .build());

    assertThat(r.status()).isEqualTo(200);
    assertThat(r.json().get("token_type").asText()).isEqualTo("bearer");
  }

  @Test
  void unknownUserAndWrongPasswordGetTheSame401Body() {
    api.newUser("known@example.com");

    Response wrong =
        api.post(
            "/api/v1/auth/login",
            null,
            json("email", "known@example.com", "password", "not the right password"));
    Response unknown =
        api.post(
            "/api/v1/auth/login",
            null,
            json("email", "unknown@example.com", "password", "not the right password"));

    assertThat(wrong.status()).isEqualTo(401);
    assertThat(unknown.status()).isEqualTo(401);
    assertThat(withoutRequestId(wrong.body())).isEqualTo(withoutRequestId(unknown.body()));
    assertThat(wrong.header("WWW-Authenticate")).isEqualTo("Bearer");
  }

  @Test
  void protectedRoutesWithoutATokenAre401WithTheChallenge() {
    Response r = api.get("/api/v1/users/me", null);

    assertThat(r.status()).isEqualTo(401);
    assertThat(r.header("WWW-Authenticate")).isEqualTo("Bearer");
    assertThat(r.header("Content-Type")).startsWith("application/problem+json");
  }

  @Test
  void aTokenInTheQueryStringIsIgnored() {
    String token = api.newUser();

    Response r = api.get("/api/v1/users/me?access_token=" + token, null);

    assertThat(r.status()).isEqualTo(401);
  }

  @Test
  void unknownApiRoutesNeedATokenToo() {
    assertThat(api.get("/api/v1/no-such-thing", null).status()).isEqualTo(401);
  }

  @Test
  void aMegabytePasswordAtLoginIsAQuick400() {
    long start = System.nanoTime();

    Response r =
        api.post(
            "/api/v1/auth/login",
            null,
            json("email", "big@example.com", "password", "x".repeat(1_000_000)));

    assertThat(r.status()).isEqualTo(400);
    assertThat((System.nanoTime() - start) / 1_000_000).isLessThan(1_000);
  }

  @Test
  void loginBeforeVerificationIs403EmailNotVerified() {
    api.post(
            "/api/v1/auth/register",
            null,
            json("email", "early@example.com", "password", ApiClient.PASSWORD, "full_name", "E"))
        .expect(201);

    Response r =
        api.post(
            "/api/v1/auth/login",
            null,
            json("email", "early@example.com", "password", ApiClient.PASSWORD));

    assertThat(r.status()).isEqualTo(403);
    assertThat(r.json().get("type").asText()).endsWith("email-not-verified");
  }

  @Test
  void unknownUserAndWrongPasswordTakeAboutTheSameTime() {
    api.newUser("timing@example.com");
    String wrong = json("email", "timing@example.com", "password", "not the right password");
    String unknown = json("email", "nobody-timing@example.com", "password", "not the password");
    for (int i = 0; i < 3; i++) { // warm up
      api.post("/api/v1/auth/login", null, wrong);
      api.post("/api/v1/auth/login", null, unknown);
    }
    long[] wrongTimes = new long[9];
    long[] unknownTimes = new long[9];
    for (int i = 0; i < 9; i++) {
      wrongTimes[i] = timed(() -> api.post("/api/v1/auth/login", null, wrong).expect(401));
      unknownTimes[i] = timed(() -> api.post("/api/v1/auth/login", null, unknown).expect(401));
    }

    double ratio = (double) median(unknownTimes) / median(wrongTimes);
    System.out.printf(
        "login timing: wrong password %.1f ms, unknown user %.1f ms (median of 9)%n",
        median(wrongTimes) / 1e6, median(unknownTimes) / 1e6);
    // Both compare one bcrypt hash of the same cost; a missing dummy compare would be ~0.1.
    assertThat(ratio).isBetween(0.75, 1.33);
  }

  private static long timed(Runnable call) {
    long start = System.nanoTime();
    call.run();
    return System.nanoTime() - start;
  }

  private static long median(long[] values) {
    long[] sorted = values.clone();
    java.util.Arrays.sort(sorted);
    return sorted[sorted.length / 2];
  }

  static String withoutRequestId(String body) {
    return body.replaceAll("\"request_id\":\"[^\"]*\"", "");
  }
}
