package org.expensetracker.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;
import static org.expensetracker.bootstrap.testing.ApiClient.json;

import java.util.List;
import org.expensetracker.adapters.persistence.testing.PostgresTest;
import org.expensetracker.bootstrap.testing.ApiClient;
import org.expensetracker.bootstrap.testing.ApiClient.Response;
import org.expensetracker.domain.otp.OtpPurpose;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Email verification, profile, password change and reset over HTTP. */
@PostgresTest
class AccountEndToEndTest {
  private static final String NEW_PASSWORD = "my new and rather long password";
  private static ApiClient api;

  @BeforeAll
  static void start() {
    api = ApiClient.start();
  }

  @AfterAll
  static void stop() {
    api.close();
  }

  private static Response register(String email) {
    return api.post(
        "/api/v1/auth/register",
        null,
        json("email", email, "password", ApiClient.PASSWORD, "full_name", "Ada"));
  }

  private static Response verify(String email, String code) {
    return api.post("/api/v1/auth/verify-otp", null, json("email", email, "code", code));
  }

  private static String wrong(String code) {
    return code.equals("000000") ? "000001" : "000000";
  }

  @Test
  void theCodeFromRegistrationVerifiesTheAddressAndThenLoginWorks() {
    register("verify@example.com").expect(201);
    String code = api.lastCode("verify@example.com", OtpPurpose.VERIFY_EMAIL);

    Response wrongCode = verify("verify@example.com", wrong(code));
    Response right = verify("verify@example.com", code);

    assertThat(wrongCode.status()).isEqualTo(400);
    assertThat(wrongCode.body()).doesNotContain(code);
    assertThat(right.status()).isEqualTo(200);
    assertThat(right.json().get("is_verified").asBoolean()).isTrue();
    assertThat(api.login("verify@example.com", ApiClient.PASSWORD)).isNotBlank();
    assertThat(verify("verify@example.com", code).status()).as("single use").isEqualTo(400);
  }

  @Test
  void ofTwentyParallelCorrectSubmissionsExactlyOneSucceeds() throws Exception {
    register("race@example.com").expect(201);
    String code = api.lastCode("race@example.com", OtpPurpose.VERIFY_EMAIL);
    List<Integer> statuses =
        ApiClient.inParallel(20, () -> verify("race@example.com", code).status());

    assertThat(statuses.stream().filter(s -> s == 200).count())
        .as(statuses.toString())
        .isEqualTo(1);
    assertThat(statuses).allMatch(s -> s == 200 || s == 400 || s == 429);
  }

  @Test
  void resendIs202ForAnyAddressAnd429WithRetryAfterWithinAMinute() {
    register("resend@example.com").expect(201);

    Response known = api.post("/api/v1/auth/resend-otp", null, json("email", "resend@example.com"));
    Response unknown =
        api.post("/api/v1/auth/resend-otp", null, json("email", "nobody@example.com"));
    Response again = api.post("/api/v1/auth/resend-otp", null, json("email", "nobody@example.com"));

    assertThat(known.status()).isEqualTo(429);
    assertThat(Integer.parseInt(known.header("Retry-After"))).isBetween(1, 60);
    assertThat(unknown.status()).isEqualTo(202);
    assertThat(again.status()).isEqualTo(429);
    assertThat(again.header("Retry-After")).isNotNull();
    assertThat(api.codes().count("nobody@example.com", OtpPurpose.VERIFY_EMAIL)).isZero();
  }

  @Test
  void theCallerCanRenameThemselvesButNotTouchOtherFields() {
    String token = api.newUser("rename@example.com");

    Response renamed = api.patch("/api/v1/users/me", token, json("full_name", "  Grace  "));
    Response sneaky =
        api.patch("/api/v1/users/me", token, "{\"full_name\":\"G\",\"is_verified\":false}");
    Response emailChange = api.patch("/api/v1/users/me", token, json("email", "x@example.com"));

    assertThat(renamed.status()).isEqualTo(200);
    assertThat(renamed.json().get("full_name").asText()).isEqualTo("Grace");
    assertThat(sneaky.status()).isEqualTo(400);
    assertThat(emailChange.status()).isEqualTo(400);
    assertThat(api.get("/api/v1/users/me", token).json().get("full_name").asText())
        .isEqualTo("Grace");
  }

  @Test
  void changingThePasswordIs204AndOnlyTokensIssuedAfterItWork() {
    String old = api.newUser("change@example.com");

    Response wrongCurrent =
        api.post(
            "/api/v1/users/me/password",
            old,
            json("current_password", "not my password", "new_password", NEW_PASSWORD));
    Response changed =
        api.post(
            "/api/v1/users/me/password",
            old,
            json("current_password", ApiClient.PASSWORD, "new_password", NEW_PASSWORD));
    String fresh = api.login("change@example.com", NEW_PASSWORD);

    assertThat(wrongCurrent.status()).isEqualTo(400);
    assertThat(changed.status()).isEqualTo(204);
    assertThat(api.get("/api/v1/users/me", old).status()).isEqualTo(401);
    assertThat(api.get("/api/v1/users/me", fresh).status()).isEqualTo(200);
    assertThat(
            api.post(
                    "/api/v1/auth/login",
                    null,
                    json("email", "change@example.com", "password", ApiClient.PASSWORD))
                .status())
        .isEqualTo(401);
  }

  @Test
  void passwordResetIs202ForAnyAddressThenTheCodeSetsANewPasswordAndKillsOldTokens() {
    String old = api.newUser("reset@example.com");

    Response unknown =
        api.post("/api/v1/auth/password-reset/request", null, json("email", "ghost@example.com"));
    Response known =
        api.post("/api/v1/auth/password-reset/request", null, json("email", "reset@example.com"));
    String code = api.lastCode("reset@example.com", OtpPurpose.PASSWORD_RESET);
    Response wrongCode =
        api.post(
            "/api/v1/auth/password-reset/confirm",
            null,
            json("email", "reset@example.com", "code", wrong(code), "new_password", NEW_PASSWORD));
    Response confirmed =
        api.post(
            "/api/v1/auth/password-reset/confirm",
            null,
            json("email", "reset@example.com", "code", code, "new_password", NEW_PASSWORD));

    assertThat(unknown.status()).isEqualTo(202);
    assertThat(known.status()).isEqualTo(202);
    assertThat(known.body()).isEqualTo(unknown.body());
    assertThat(wrongCode.status()).isEqualTo(400);
    assertThat(confirmed.status()).isEqualTo(204);
    assertThat(api.get("/api/v1/users/me", old).status()).isEqualTo(401);
    assertThat(api.login("reset@example.com", NEW_PASSWORD)).isNotBlank();
  }
}
