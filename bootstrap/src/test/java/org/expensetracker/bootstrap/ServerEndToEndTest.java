package org.expensetracker.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;
import static org.expensetracker.bootstrap.testing.RawHttp.request;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.stream.Stream;
import org.expensetracker.adapters.persistence.testing.PostgresTest;
import org.expensetracker.adapters.persistence.testing.TestDatabase;
import org.expensetracker.bootstrap.testing.ApiClient;
import org.expensetracker.bootstrap.testing.RawHttp;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** The real server on a random port, on the embedded test database, spoken to over HTTP. */
@PostgresTest
class ServerEndToEndTest {
  private static Server server;
  private static final HttpClient client = HttpClient.newHttpClient();

  @BeforeAll
  static void start() {
    server =
        Server.start(
            org.expensetracker.adapters.persistence.PostgresStorage.start(TestDatabase.settings()),
            "127.0.0.1",
            0);
  }

  @AfterAll
  static void stop() {
    server.close();
  }

  private HttpResponse<String> send(HttpRequest.Builder request) throws Exception {
    return client.send(request.build(), HttpResponse.BodyHandlers.ofString());
  }

  private HttpRequest.Builder at(String path) {
    return HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + server.port() + path));
  }

  @Test
  void readinessAnswersWhenTheDatabaseDoes() throws Exception {
    HttpResponse<String> response = send(at("/health/ready"));
    assertThat(response.statusCode()).isEqualTo(200);
    assertThat(response.body()).contains("ready");
  }

  @Test
  void unknownRouteIsAProblemDocumentWithSecurityHeaders() throws Exception {
    HttpResponse<String> response = send(at("/nope"));
    assertThat(response.statusCode()).isEqualTo(404);
    assertThat(response.headers().firstValue("Content-Type"))
        .hasValueSatisfying(v -> assertThat(v).startsWith("application/problem+json"));
    assertThat(response.body()).contains("\"status\":404").contains("\"request_id\"");
    assertThat(response.headers().firstValue("X-Content-Type-Options")).hasValue("nosniff");
    assertThat(response.headers().firstValue("X-Request-Id")).isPresent();
    assertThat(response.headers().firstValue("Server")).isEmpty();
  }

  @Test
  void wrongMethodIs405Problem() throws Exception {
    HttpResponse<String> response = send(at("/health").DELETE());
    assertThat(response.statusCode()).isEqualTo(405);
    assertThat(response.headers().firstValue("Content-Type"))
        .hasValueSatisfying(v -> assertThat(v).startsWith("application/problem+json"));
  }

  /**
   * Requests Jetty refuses before Javalin sees them: the API's problem document, not Jetty's HTML
   * page, and quoting nothing of the request.
   */
  static Stream<Arguments> refusedByJetty() {
    return Stream.of(
        Arguments.of(431, "headers-too-large", request("GET /health HTTP/1.1", bigHeader())),
        Arguments.of(
            431,
            "headers-too-large",
            request("GET /health HTTP/1.1", "Accept: application/json", bigHeader())),
        Arguments.of(414, "uri-too-long", request("GET /" + "a".repeat(20_000) + " HTTP/1.1")),
        Arguments.of(400, "bad-request", request("GET /../api/v1/workspaces HTTP/1.1")),
        Arguments.of(400, "bad-request", request("GET /%2e%2e/api/v1/workspaces HTTP/1.1")),
        Arguments.of(400, "bad-request", request("GET /..;/api/v1/workspaces HTTP/1.1")),
        Arguments.of(400, "bad-request", request("GET /%ZZ<script> HTTP/1.1")),
        Arguments.of(
            400, "bad-request", request("GET /health HTTP/1.1", "X-Probe: <script>\u0001")),
        Arguments.of(400, "bad-request", request("GET * HTTP/1.1")),
        Arguments.of(400, "bad-request", request("DELETE * HTTP/1.1")),
        Arguments.of(505, "http-version-not-supported", request("GET /health HTTP/9.9")));
  }

  private static String bigHeader() {
    return "X-Padding: <script>" + "a".repeat(17 * 1024);
  }

  @ParameterizedTest(name = "{0} {1} for {2}")
  @MethodSource("refusedByJetty")
  void jettysOwnRefusalsAreProblemDocumentsThatQuoteNothing(
      int status, String code, String request) {
    ApiClient.Response answer = RawHttp.exchange(server.port(), request);

    assertThat(answer.status()).as(answer.body()).isEqualTo(status);
    assertThat(answer.header("Content-Type")).startsWith("application/problem+json");
    JsonNode problem = answer.json();
    assertThat(problem.get("type").asText()).isEqualTo("/problems/" + code);
    assertThat(problem.get("status").asInt()).isEqualTo(status);
    assertThat(problem.get("title").asText()).isNotBlank();
    assertThat(problem.get("detail").asText()).isNotBlank();
    assertThat(problem.get("request_id").asText()).isEqualTo(answer.header("X-Request-Id"));
    assertThat(answer.body())
        .doesNotContain("<", "script", "Illegal", "Exception", "jetty", "aaaa", "%ZZ", "..");
  }
}
