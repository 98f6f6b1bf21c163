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
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Supplier;
import org.expensetracker.adapters.persistence.PostgresStorage;
import org.expensetracker.adapters.persistence.testing.TestDatabase;
import org.expensetracker.application.IdentitySettings;
import org.expensetracker.application.testing.CapturingOtpSender;
import org.expensetracker.application.testing.IdentityFakes;
import org.expensetracker.bootstrap.IdentityOptions;
import org.expensetracker.bootstrap.Operations;
import org.expensetracker.bootstrap.Server;
import org.expensetracker.domain.otp.OtpPurpose;

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
 * The server verifies email addresses (OTP on) and delivers codes to {@link #codes()}, so tests can
 * read them. Limits on failures and registrations are out of reach (every test client is 127.0.0.1
 * and suites make many mistakes on purpose); the code-send cooldown and hourly cap are as in
 * production. {@code RateLimitEndToEndTest} covers the production limits.
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
  private final CapturingOtpSender codes;

  private ApiClient(Server server, int port, CapturingOtpSender codes) {
    this.server = server;
    this.port = port;
    this.codes = codes;
  }

  /**
   * The options of {@link #start()}: fixed test key, the lowest production bcrypt cost, email
   * verification on, {@link #testLimits()}.
   */
  public static IdentityOptions testOptions() {
    return new IdentityOptions(
            SECRET_KEY.getBytes(StandardCharsets.UTF_8), "HS256", Duration.ofMinutes(30), 10, true)
        .withLimits(testLimits());
  }

  /** Production limits on sending codes; every other limit out of reach. */
  public static IdentitySettings.Limits testLimits() {
    return IdentityFakes.testLimits();
  }

  /** Starts a server on a free port with {@link #testOptions()}; close it after the tests. */
  public static ApiClient start() {
    return start(testOptions());
  }

  /** Starts a server on a free port with the given options; codes go to {@link #codes()}. */
  public static ApiClient start(IdentityOptions options) {
    return start(options, Operations.defaults());
  }

  /** As {@link #start(IdentityOptions)}, with proxies and metrics as {@code operations} says. */
  public static ApiClient start(IdentityOptions options, Operations operations) {
    return start(PostgresStorage.start(TestDatabase.settings()), options, operations);
  }

  /**
   * As {@link #start(IdentityOptions, Operations)} on the given storage (closed with the server).
   */
  public static ApiClient start(
      PostgresStorage storage, IdentityOptions options, Operations operations) {
    CapturingOtpSender codes = new CapturingOtpSender();
    Server server = Server.start(storage, "127.0.0.1", 0, options.withOtpSender(codes), operations);
    return new ApiClient(server, server.port(), codes);
  }

  /** The server this client started (null for {@link #connect}). */
  public Server server() {
    return server;
  }

  /**
   * A client for a server someone else started (not closed by {@link #close()}); {@link #newUser}
   * then needs that server to run with {@code OTP_ENABLED=false}.
   */
  public static ApiClient connect(int port) {
    return new ApiClient(null, port, null);
  }

  /** The codes the server sent (servers started by {@link #start} only). */
  public CapturingOtpSender codes() {
    if (codes == null) {
      throw new IllegalStateException("Codes are only captured on a server started by ApiClient");
    }
    return codes;
  }

  /** The last code sent to {@code email} for {@code purpose}. */
  public String lastCode(String email, OtpPurpose purpose) {
    return codes()
        .lastCode(email, purpose)
        .orElseThrow(() -> new AssertionError("No " + purpose + " code was sent to " + email));
  }

  public int port() {
    return port;
  }

  /**
   * Registers a user with a unique address and {@link #PASSWORD}, verifies the address with the
   * code it was sent, logs in and returns the bearer token.
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
    if (!registered.json().get("is_verified").asBoolean()) {
      post(
              "/api/v1/auth/verify-otp",
              null,
              json("email", email, "code", lastCode(email, OtpPurpose.VERIFY_EMAIL)))
          .expect(200);
    }
    return login(email, PASSWORD);
  }

  /** A verified, logged-in user: token, id and address. */
  public record Person(String token, UUID id, String email) {}

  /** A new verified user with a unique address, logged in. */
  public Person newPerson() {
    String email = "p-" + UUID.randomUUID() + "@example.com";
    String token = newUser(email);
    return new Person(token, userId(token), email);
  }

  /**
   * A workspace of {@code owner} in {@code currency}, created and filled through the API, the
   * others added with the given roles; returns its path ({@code /api/v1/workspaces/<id>}).
   */
  public String newWorkspace(String currency, Person owner, Map<Person, String> others) {
    String id =
        post("/api/v1/workspaces", owner.token(), json("name", "Trip", "currency", currency))
            .expect(201)
            .json()
            .get("id")
            .asText();
    others.forEach(
        (p, role) ->
            post(
                    "/api/v1/workspaces/" + id + "/members",
                    owner.token(),
                    json("email", p.email(), "role", role))
                .expect(201));
    return "/api/v1/workspaces/" + id;
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

  /** Makes {@code n} calls at once (each on its own thread, released together); their results. */
  public static <T> List<T> inParallel(int n, Supplier<T> call) {
    CountDownLatch go = new CountDownLatch(1);
    ExecutorService threads = Executors.newFixedThreadPool(n);
    try {
      List<CompletableFuture<T>> results = new ArrayList<>();
      for (int i = 0; i < n; i++) {
        results.add(
            CompletableFuture.supplyAsync(
                () -> {
                  try {
                    go.await();
                  } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                  }
                  return call.get();
                },
                threads));
      }
      go.countDown();
      return results.stream().map(CompletableFuture::join).toList();
    } finally {
      threads.shutdownNow();
    }
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
