package org.expensetracker.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;
import static org.expensetracker.bootstrap.testing.ApiClient.json;
import static org.expensetracker.bootstrap.testing.RawHttp.head;
import static org.expensetracker.bootstrap.testing.RawHttp.request;

import java.util.stream.Stream;
import org.expensetracker.adapters.persistence.testing.PostgresTest;
import org.expensetracker.bootstrap.testing.ApiClient;
import org.expensetracker.bootstrap.testing.RawHttp;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Named;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every answer carries the security headers and no Server header: successes, the API's own errors
 * and the ones Jetty gives before Javalin runs. (503 needs the database stopped or every password
 * slot busy; DatabaseOutageTest and ProblemResponsesTest cover it.)
 */
@PostgresTest
class SecurityHeadersEndToEndTest {
  private static final String REGISTER = "POST /api/v1/auth/register HTTP/1.1";
  private static final String UNVERIFIED = "headers-unverified@example.com";
  private static ApiClient api;
  private static String token;

  @BeforeAll
  static void start() {
    api = ApiClient.start();
    token = api.newUser();
    // Registering sends a code: asking for another within the minute is refused with 429.
    api.post(
            "/api/v1/auth/register",
            null,
            json("email", UNVERIFIED, "password", ApiClient.PASSWORD, "full_name", "U"))
        .expect(201);
  }

  @AfterAll
  static void stop() {
    api.close();
  }

  static Stream<Arguments> answers() {
    String resend = json("email", UNVERIFIED);
    return Stream.of(
        Arguments.of(200, request("GET /health HTTP/1.1")),
        Arguments.of(
            200, request("GET /api/v1/users/me HTTP/1.1", "Authorization: Bearer {token}")),
        Arguments.of(400, withBody(REGISTER, "application/json", "{\"email\":")),
        Arguments.of(401, request("GET /api/v1/users/me HTTP/1.1")),
        Arguments.of(404, request("GET /nope HTTP/1.1")),
        Arguments.of(404, request("GET //api/v1/workspaces HTTP/1.1")),
        Arguments.of(405, request("DELETE /health HTTP/1.1")),
        Arguments.of(
            413, request(REGISTER, "Content-Type: application/json", "Content-Length: 2000000")),
        Arguments.of(415, withBody(REGISTER, "text/plain", "{}")),
        Arguments.of(
            429, withBody("POST /api/v1/auth/resend-otp HTTP/1.1", "application/json", resend)),
        // Refused by Jetty itself.
        Arguments.of(400, request("GET /../health HTTP/1.1")),
        Arguments.of(431, request("GET /health HTTP/1.1", "X-Padding: " + "a".repeat(17 * 1024))));
  }

  private static Named<String> withBody(String requestLine, String contentType, String body) {
    return RawHttp.named(
        requestLine,
        head(requestLine, "Content-Type: " + contentType, "Content-Length: " + body.length())
            + body);
  }

  @ParameterizedTest(name = "{0} for {1}")
  @MethodSource("answers")
  void everyAnswerCarriesTheSecurityHeadersAndNoServerHeader(int status, String request) {
    ApiClient.Response answer = RawHttp.exchange(api.port(), request.replace("{token}", token));

    assertThat(answer.status()).as(answer.body()).isEqualTo(status);
    assertThat(answer.header("X-Content-Type-Options")).isEqualTo("nosniff");
    assertThat(answer.header("Cache-Control")).isEqualTo("no-store");
    assertThat(answer.header("Referrer-Policy")).isEqualTo("no-referrer");
    assertThat(answer.header("X-Frame-Options")).isEqualTo("DENY");
    assertThat(answer.header("Server")).isNull();
  }
}
