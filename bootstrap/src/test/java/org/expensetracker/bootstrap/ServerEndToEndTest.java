package org.expensetracker.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.expensetracker.adapters.persistence.testing.PostgresTest;
import org.expensetracker.adapters.persistence.testing.TestDatabase;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

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
}
