package org.expensetracker.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import org.expensetracker.adapters.persistence.PostgresStorage;
import org.expensetracker.adapters.persistence.testing.PostgresTest;
import org.expensetracker.adapters.persistence.testing.TestDatabase;
import org.expensetracker.bootstrap.testing.ApiClient;
import org.expensetracker.bootstrap.testing.ApiClient.Response;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The server configured with {@code EXCHANGE_RATES_URL} pointing at a local fake of the Frankfurter
 * API (no internet here): reference rates are fetched once per pair and day, cached in PostgreSQL,
 * and a workspace's own rate wins over them.
 */
@PostgresTest
class ReferenceRatesEndToEndTest {
  private static final List<String> requests = new CopyOnWriteArrayList<>();
  private static HttpServer provider;
  private static ApiClient api;

  @BeforeAll
  static void start() throws IOException {
    provider = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
    provider.createContext(
        "/",
        exchange -> {
          String request = exchange.getRequestURI().toString();
          requests.add(request);
          // The ECB publishes on working days: Saturday the 21st answers with Friday's rate.
          String body =
              request.startsWith("/2026-11-2") && request.endsWith("from=EUR&to=USD")
                  ? "{\"amount\":1.0,\"base\":\"EUR\",\"date\":\"2026-11-20\","
                      + "\"rates\":{\"USD\":1.0842}}"
                  : "{\"message\":\"not found\"}";
          byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
          exchange.sendResponseHeaders(body.startsWith("{\"amount") ? 200 : 404, bytes.length);
          exchange.getResponseBody().write(bytes);
          exchange.close();
        });
    provider.start();
    URI url = URI.create("http://127.0.0.1:" + provider.getAddress().getPort());
    PostgresStorage storage = PostgresStorage.start(TestDatabase.settings());
    api =
        ApiClient.start(
            storage, ApiClient.testOptions(), Operations.defaults().withExchangeRatesUrl(url));
  }

  @AfterAll
  static void stop() {
    api.close();
    if (!providerStopped) {
      provider.stop(0);
    }
  }

  private static boolean providerStopped;

  static String owner;

  static String workspace() {
    owner = api.newUser("r-" + UUID.randomUUID() + "@example.com");
    return "/api/v1/workspaces/"
        + api.post("/api/v1/workspaces", owner, "{\"name\":\"Trip\",\"currency\":\"USD\"}")
            .expect(201)
            .json()
            .get("id")
            .asText();
  }

  static Response spend(String ws, String amount, String currency, String day) {
    return api.post(
        ws + "/expenses",
        owner,
        "{\"original_amount\":\""
            + amount
            + "\",\"original_currency\":\""
            + currency
            + "\",\"description\":\"Museum\",\"category\":\"Fun\",\"spent_at\":\""
            + day
            + "\"}");
  }

  @Test
  void referenceRatesAreFetchedOncePerDayCachedAndBeatenByWorkspaceRates() {
    String ws = workspace();
    requests.clear();

    JsonNode first = spend(ws, "10.00", "EUR", "2026-11-21").expect(201).json();
    JsonNode second = spend(ws, "20.00", "EUR", "2026-11-21").expect(201).json();

    assertThat(first.get("amount").asText()).isEqualTo("10.84");
    assertThat(first.get("exchange_rate").asText()).isEqualTo("1.0842");
    assertThat(first.get("rate_source").asText()).isEqualTo("reference");
    assertThat(first.get("rate_date").asText()).isEqualTo("2026-11-20");
    assertThat(second.get("amount").asText()).isEqualTo("21.68");
    assertThat(requests).containsExactly("/2026-11-21?from=EUR&to=USD");

    // The provider has nothing for the pair: 422 naming it, and nothing cached for next time.
    Response none = spend(ws, "100", "THB", "2026-11-21");
    assertThat(none.status()).isEqualTo(422);
    assertThat(none.json().get("detail").asText()).contains("THB", "2026-11-21");

    // The provider gone, the cached day still converts; another day cannot.
    provider.stop(0);
    providerStopped = true;
    assertThat(spend(ws, "1.00", "EUR", "2026-11-21").expect(201).json().get("amount").asText())
        .isEqualTo("1.08");
    assertThat(spend(ws, "1.00", "EUR", "2026-11-22").status()).isEqualTo(422);

    // A workspace's own rate wins over the reference rate.
    api.put(ws + "/exchange-rates/EUR", owner, "{\"rate\":\"1.1\",\"valid_from\":\"2026-11-01\"}")
        .expect(200);
    JsonNode own = spend(ws, "10.00", "EUR", "2026-11-21").expect(201).json();
    assertThat(own.get("amount").asText()).isEqualTo("11.00");
    assertThat(own.get("rate_source").asText()).isEqualTo("workspace");
    // Recorded expenses keep the rate they were converted with.
    assertThat(api.get(ws + "/expenses/" + first.get("id").asText(), owner).json())
        .isEqualTo(first);
  }
}
