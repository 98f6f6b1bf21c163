package org.expensetracker.bootstrap.testing;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpHeaders;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.UUID;
import org.expensetracker.adapters.persistence.PostgresStorage;
import org.expensetracker.adapters.persistence.testing.TestDatabase;
import org.expensetracker.bootstrap.IdentityOptions;
import org.expensetracker.bootstrap.Server;

/**
 * End-to-end test helper: the real server on a free port against the test database, and a tiny JSON
 * client for it.
 *
 * <pre>{@code
 * @PostgresTest
 * class MyRoutesTest {
 *   static ApiClient api;
 *   @BeforeAll static void start() { api = ApiClient.start(); }
 *   @AfterAll static void stop() { api.close(); }
 *
 *   @Test void example() {
 *     String token = api.newUser();                       // registered, verified, logged in
 *     ApiClient.Response r = api.post("/api/v1/workspaces", token, "{\"name\":\"Trip\"}");
 *     assertThat(r.status()).isEqualTo(201);
 *     assertThat(r.json().get("name").asText()).isEqualTo("Trip");
 *   }
 * }
 * }</pre>
 *
 * Bodies are sent as {@code application/json}; pass {@code null} as token for an anonymous call.
 */
public final class ApiClient implements AutoCloseable {
  /** Secret of the test server: fixed, so tests can forge tokens with it. */
  public static final String SECRET_KEY = "test-only secret key, at least 32 bytes long!";

  /** Password of every user made by {@link #newUser}. */
  public static final String PASSWORD = "a long test password, not a common one";

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final HttpClient HTTP =
      HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

  private final Server server;
  private final int port;

  private ApiClient(Server server, int port) {
    this.server = server;
    this.port = port;
  }

  /** The options of {@link #start()}: fixed test key, lowest production bcrypt cost, no OTP. */
  public static IdentityOptions testOptions() {
    return new IdentityOptions(
        SECRET_KEY.getBytes(StandardCharsets.UTF_8), "HS256", Duration.ofMinutes(30), 10, false);
  }

  /** Starts a server on a free port with {@link #testOptions()}; close it after the tests. */
  public static ApiClient start() {
    return start(testOptions());
  }

  /** Starts a server on a free port with the given identity options. */
  public static ApiClient start(IdentityOptions options) {
    PostgresStorage storage = PostgresStorage.start(TestDatabase.settings());
    Server server = Server.start(storage, "127.0.0.1", 0, options);
    return new ApiClient(server, server.port());
  }

  /** A client for a server someone else started (not closed by {@link #close()}). */
  public static ApiClient connect(int port) {
    return new ApiClient(null, port);
  }

  public int port() {
    return port;
  }

  /**
   * Registers a user with a unique address and {@link #PASSWORD}, and returns a bearer token for
   * it. Needs a server with email verification off (as {@link #start()} makes).
   */
  public String newUser() {
    return newUser("user-" + UUID.randomUUID() + "@example.com");
  }

  /** As {@link #newUser()} with a chosen address. */
  public String newUser(String email) {
    Response registered =
        post(
            "/api/v1/auth/register",
            null,
            json("email", email, "password", PASSWORD, "full_name", "Test User"));
    registered.expect(201);
    return login(email, PASSWORD);
  }

  /** Logs in and returns the access token; fails unless the login succeeds. */
  public String login(String email, String password) {
    return post("/api/v1/auth/login", null, json("email", email, "password", password))
        .expect(200)
        .json()
        .get("access_token")
        .asText();
  }

  /** The id of the token's user (from {@code GET /api/v1/users/me}). */
  public UUID userId(String token) {
    return UUID.fromString(get("/api/v1/users/me", token).expect(200).json().get("id").asText());
  }

  public Response get(String path, String token) {
    return send("GET", path, token, null);
  }

  public Response post(String path, String token, String jsonBody) {
    return send("POST", path, token, jsonBody);
  }

  public Response patch(String path, String token, String jsonBody) {
    return send("PATCH", path, token, jsonBody);
  }

  public Response put(String path, String token, String jsonBody) {
    return send("PUT", path, token, jsonBody);
  }

  public Response delete(String path, String token) {
    return send("DELETE", path, token, null);
  }

  /**
   * Any request; {@code headers} are name/value pairs added as given (e.g. {@code "If-Match",
   * etag}).
   */
  public Response send(
      String method, String path, String token, String jsonBody, String... headers) {
    HttpRequest.Builder request =
        HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
            .timeout(Duration.ofSeconds(30))
            .method(
                method,
                jsonBody == null
                    ? HttpRequest.BodyPublishers.noBody()
                    : HttpRequest.BodyPublishers.ofString(jsonBody, StandardCharsets.UTF_8));
    if (jsonBody != null) {
      request.header("Content-Type", "application/json");
    }
    if (token != null) {
      request.header("Authorization", "Bearer " + token);
    }
    for (int i = 0; i + 1 < headers.length; i += 2) {
      request.header(headers[i], headers[i + 1]);
    }
    return send(request.build());
  }

  /** Sends a request built by hand (any content type, raw bytes, odd headers). */
  public Response send(HttpRequest request) {
    try {
      HttpResponse<String> response = HTTP.send(request, HttpResponse.BodyHandlers.ofString());
      return new Response(response.statusCode(), response.headers(), response.body());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  /** A request builder for {@code path} on this server. */
  public HttpRequest.Builder request(String path) {
    return HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
        .timeout(Duration.ofSeconds(30));
  }

  /** A JSON object from name/value pairs, values as strings: {@code json("name", "Trip")}. */
  public static String json(String... namesAndValues) {
    var node = JSON.createObjectNode();
    for (int i = 0; i + 1 < namesAndValues.length; i += 2) {
      node.put(namesAndValues[i], namesAndValues[i + 1]);
    }
    return node.toString();
  }

  @Override
  public void close() {
    if (server != null) {
      server.close();
    }
  }

  /** A response: status, headers and the body as text. */
  public record Response(int status, HttpHeaders headers, String body) {
    /** The body parsed as JSON. */
    public JsonNode json() {
      try {
        return JSON.readTree(body);
      } catch (IOException e) {
        throw new IllegalStateException("Not JSON (status " + status + "): " + body, e);
      }
    }

    public String header(String name) {
      return headers.firstValue(name).orElse(null);
    }

    /** Fails with the body in the message unless the status is {@code expected}. */
    public Response expect(int expected) {
      if (status != expected) {
        throw new AssertionError("Expected " + expected + " but got " + status + ": " + body);
      }
      return this;
    }
  }
}
