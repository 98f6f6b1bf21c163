package org.expensetracker.adapters.http;

import static org.assertj.core.api.Assertions.assertThat;

import io.javalin.Javalin;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.expensetracker.application.port.out.CapacityExceeded;
import org.expensetracker.application.port.out.StorageUnavailable;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The answers for failures that are the server's, not the client's: 503 with Retry-After. */
class ProblemResponsesTest {
  static Javalin app;

  @BeforeAll
  static void start() {
    app = Javalin.create(config -> config.showJavalinBanner = false);
    app.before(RequestIds::assign);
    new ProblemResponses(Json.mapper()).register(app);
    app.get(
        "/busy",
        ctx -> {
          throw new CapacityExceeded("Every password check slot is busy");
        });
    app.get(
        "/no-database",
        ctx -> {
          throw new StorageUnavailable("pool exhausted", new RuntimeException("timeout"));
        });
    app.start("127.0.0.1", 0);
  }

  @AfterAll
  static void stop() {
    app.stop();
  }

  static HttpResponse<String> get(String path) throws Exception {
    return HttpClient.newHttpClient()
        .send(
            HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + app.port() + path)).build(),
            HttpResponse.BodyHandlers.ofString());
  }

  @Test
  void aFullBoundedResourceIs503WithRetryAfterAndSaysNothingInternal() throws Exception {
    HttpResponse<String> response = get("/busy");
    assertThat(response.statusCode()).isEqualTo(503);
    assertThat(response.headers().firstValue("Retry-After")).contains("2");
    assertThat(response.headers().firstValue("Content-Type"))
        .hasValueSatisfying(type -> assertThat(type).startsWith("application/problem+json"));
    assertThat(response.body())
        .contains("\"status\":503")
        .contains("server-busy")
        .doesNotContain("password check slot");
  }

  @Test
  void aMissingDatabaseIs503Too() throws Exception {
    HttpResponse<String> response = get("/no-database");
    assertThat(response.statusCode()).isEqualTo(503);
    assertThat(response.headers().firstValue("Retry-After")).contains("2");
    assertThat(response.body()).contains("service-unavailable").doesNotContain("pool exhausted");
  }
}
