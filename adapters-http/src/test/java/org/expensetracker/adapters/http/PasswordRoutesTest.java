package org.expensetracker.adapters.http;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.javalin.Javalin;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.expensetracker.application.port.out.HealthCheck;
import org.expensetracker.application.port.out.PasswordHasher;
import org.expensetracker.application.testing.FakePasswordHasher;
import org.expensetracker.domain.identity.Password;
import org.expensetracker.domain.identity.PasswordHash;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Requests that wait for a password check do so off Jetty's request threads: a server with few
 * request threads keeps serving other routes while more logins than it has threads wait.
 */
class PasswordRoutesTest {
  // As in RequestThreadsTest: room for Jetty's acceptors and selectors on up to 64 cores.
  private static final int REQUEST_THREADS = 16;
  private static final Duration PATIENCE = Duration.ofSeconds(10);

  private final GatedHasher hasher = new GatedHasher();
  private final HttpClient client = HttpClient.newHttpClient();
  private Javalin app;

  @AfterEach
  void stop() {
    hasher.open();
    if (app != null) {
      app.stop();
    }
  }

  @Test
  void moreWaitingLoginsThanRequestThreadsLeaveOtherRoutesServed() throws Exception {
    int logins = 3 * REQUEST_THREADS;
    start(HttpSettings.defaults().withRequestThreads(REQUEST_THREADS).withPasswordRequests(64));

    List<CompletableFuture<HttpResponse<String>>> replies = new ArrayList<>();
    for (int i = 0; i < logins; i++) {
      replies.add(login("nobody" + i + "@example.com"));
    }
    // On request threads no more than REQUEST_THREADS of them could reach the hasher at once.
    assertThat(hasher.awaitWaiting(logins)).as("logins waiting in the hasher").isTrue();

    HttpResponse<String> health = client.send(get("/health"), HttpResponse.BodyHandlers.ofString());
    assertThat(health.statusCode()).isEqualTo(200);
    assertThat(replies).noneMatch(CompletableFuture::isDone);

    hasher.open();
    for (CompletableFuture<HttpResponse<String>> reply : replies) {
      HttpResponse<String> response = reply.get(PATIENCE.toSeconds(), TimeUnit.SECONDS);
      // Mapped like any other failure, with the headers every response gets.
      assertThat(response.statusCode()).isEqualTo(401);
      assertThat(response.headers().firstValue("Content-Type"))
          .hasValue("application/problem+json");
      assertThat(response.headers().firstValue("X-Content-Type-Options")).hasValue("nosniff");
      assertThat(response.headers().firstValue(RequestIds.HEADER)).isPresent();
      assertThat(response.body()).contains("\"status\":401");
    }
  }

  @Test
  void requestsAreCountedInFlightWhileServedButNotWhileTheyWaitForAPasswordCheck()
      throws Exception {
    RequestsInFlight inFlight = new RequestsInFlight();
    CountDownLatch checking = new CountDownLatch(1);
    CountDownLatch answer = new CountDownLatch(1);
    HealthCheck slowHealth =
        () -> {
          checking.countDown();
          try {
            return answer.await(PATIENCE.toSeconds(), TimeUnit.SECONDS);
          } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
          }
        };
    app =
        HttpApi.create(
                InMemoryCore.withIdentity(hasher, slowHealth),
                HttpSettings.defaults().withRequestsInFlight(inFlight))
            .start("127.0.0.1", 0);

    List<CompletableFuture<HttpResponse<String>>> logins =
        List.of(login("a@example.com"), login("b@example.com"));
    assertThat(hasher.awaitWaiting(2)).isTrue();
    assertThat(inFlight.count()).as("logins waiting for their check").isZero();

    CompletableFuture<HttpResponse<String>> ready =
        client.sendAsync(get("/health/ready"), HttpResponse.BodyHandlers.ofString());
    assertThat(checking.await(PATIENCE.toSeconds(), TimeUnit.SECONDS)).isTrue();
    assertThat(inFlight.count()).as("a readiness check being answered").isEqualTo(1);

    answer.countDown();
    assertThat(ready.get(PATIENCE.toSeconds(), TimeUnit.SECONDS).statusCode()).isEqualTo(200);
    hasher.open();
    for (CompletableFuture<HttpResponse<String>> reply : logins) {
      assertThat(reply.get(PATIENCE.toSeconds(), TimeUnit.SECONDS).statusCode()).isEqualTo(401);
    }
    // Refused by the bearer filter, unmatched, or answered: each counted once and let go once.
    assertThat(
            client.send(get("/api/v1/users/me"), HttpResponse.BodyHandlers.ofString()).statusCode())
        .isEqualTo(401);
    assertThat(client.send(get("/no/such/path"), HttpResponse.BodyHandlers.ofString()).statusCode())
        .isEqualTo(404);
    awaitZero(inFlight);
  }

  /** The request log, which lets a request go, runs just after its answer has been sent. */
  private static void awaitZero(RequestsInFlight inFlight) throws InterruptedException {
    long deadline = System.nanoTime() + PATIENCE.toNanos();
    while (inFlight.count() != 0 && System.nanoTime() < deadline) {
      Thread.sleep(5);
    }
    assertThat(inFlight.count()).isZero();
  }

  @Test
  void passwordRequestsBeyondTheLimitAreRefusedAtOnceWith503AndRetryAfter() throws Exception {
    start(HttpSettings.defaults().withRequestThreads(REQUEST_THREADS).withPasswordRequests(2));
    List<CompletableFuture<HttpResponse<String>>> admitted =
        List.of(login("a@example.com"), login("b@example.com"));
    assertThat(hasher.awaitWaiting(2)).isTrue();

    HttpResponse<String> refused = login("c@example.com").get(5, TimeUnit.SECONDS);

    assertThat(refused.statusCode()).isEqualTo(503);
    assertThat(refused.headers().firstValue("Retry-After")).isPresent();
    assertThat(refused.headers().firstValue("Content-Type")).hasValue("application/problem+json");
    assertThat(refused.body()).contains("server-busy");
    hasher.open();
    for (CompletableFuture<HttpResponse<String>> reply : admitted) {
      assertThat(reply.get(PATIENCE.toSeconds(), TimeUnit.SECONDS).statusCode()).isEqualTo(401);
    }
    // The slots are free again.
    assertThat(login("d@example.com").get(5, TimeUnit.SECONDS).statusCode()).isEqualTo(401);
  }

  @Test
  void aRequestArrivingWhileTheServerStopsGets503WithRetryAfter() throws Exception {
    start(HttpSettings.defaults());
    try (Socket socket = new Socket("127.0.0.1", app.port())) {
      socket.setSoTimeout((int) PATIENCE.toMillis());
      // A connection kept alive from before the stop, and a login held in flight by the hasher.
      assertThat(exchange(socket)).startsWith("HTTP/1.1 200");
      CompletableFuture<HttpResponse<String>> inFlight = login("a@example.com");
      assertThat(hasher.awaitWaiting(1)).isTrue();
      int port = app.port();
      CompletableFuture<Void> stopping = CompletableFuture.runAsync(app::stop);
      awaitRefused(port); // Jetty is shutting down, waiting for the login

      String answer = exchange(socket);

      assertThat(answer).startsWith("HTTP/1.1 503");
      assertThat(answer).containsIgnoringCase("Retry-After: ");
      assertThat(answer).contains("application/problem+json", "service-unavailable");
      assertThat(answer).doesNotContain("internal-error");
      hasher.open();
      assertThat(inFlight.get(PATIENCE.toSeconds(), TimeUnit.SECONDS).statusCode()).isEqualTo(401);
      stopping.get(PATIENCE.toSeconds(), TimeUnit.SECONDS);
      app = null;
    }
  }

  /** Until the port takes no new connection, as once a graceful stop has begun. */
  private static void awaitRefused(int port) throws InterruptedException {
    long deadline = System.nanoTime() + PATIENCE.toNanos();
    while (System.nanoTime() < deadline) {
      try (Socket probe = new Socket("127.0.0.1", port)) {
        Thread.sleep(20);
      } catch (java.io.IOException refused) {
        return;
      }
    }
    throw new AssertionError("still accepting connections after " + PATIENCE);
  }

  /** One GET /health on a kept-alive socket: the status line, headers and body as text. */
  private static String exchange(Socket socket) throws Exception {
    OutputStream out = socket.getOutputStream();
    out.write(
        "GET /health HTTP/1.1\r\nHost: localhost\r\n\r\n".getBytes(StandardCharsets.US_ASCII));
    out.flush();
    InputStream in = socket.getInputStream();
    StringBuilder head = new StringBuilder();
    while (!head.toString().endsWith("\r\n\r\n")) {
      int b = in.read();
      if (b < 0) {
        return head.toString();
      }
      head.append((char) b);
    }
    int length = 0;
    for (String line : head.toString().split("\r\n")) {
      if (line.toLowerCase(Locale.ROOT).startsWith("content-length:")) {
        length = Integer.parseInt(line.substring(15).strip());
      }
    }
    return head + new String(in.readNBytes(length), StandardCharsets.UTF_8);
  }

  @Test
  void badInputOnAPasswordRouteIsA400FromTheOffloadedHandler() throws Exception {
    start(HttpSettings.defaults());
    HttpRequest truncated =
        HttpRequest.newBuilder(uri("/api/v1/auth/login"))
            .header("Content-Type", "application/json")
            .POST(HttpRequest.BodyPublishers.ofString("{\"email\": \"a@example.com\", "))
            .build();

    HttpResponse<String> response = client.send(truncated, HttpResponse.BodyHandlers.ofString());

    assertThat(response.statusCode()).isEqualTo(400);
    assertThat(response.headers().firstValue("Content-Type")).hasValue("application/problem+json");
    assertThat(hasher.asked()).as("passwords compared").isZero();
  }

  @Test
  void atLeastOnePasswordRequestMustBeLetIn() {
    assertThat(HttpSettings.defaults().withPasswordRequests(1).passwordRequests()).isEqualTo(1);
    assertThatThrownBy(() -> HttpSettings.defaults().withPasswordRequests(0))
        .isInstanceOf(IllegalArgumentException.class);
  }

  private void start(HttpSettings settings) {
    app = HttpApi.create(InMemoryCore.withIdentity(hasher), settings).start("127.0.0.1", 0);
  }

  private CompletableFuture<HttpResponse<String>> login(String email) {
    HttpRequest request =
        HttpRequest.newBuilder(uri("/api/v1/auth/login"))
            .header("Content-Type", "application/json")
            .POST(
                HttpRequest.BodyPublishers.ofString(
                    "{\"email\":\"" + email + "\",\"password\":\"a long private phrase\"}"))
            .build();
    return client.sendAsync(request, HttpResponse.BodyHandlers.ofString());
  }

  private HttpRequest get(String path) {
    return HttpRequest.newBuilder(uri(path)).timeout(Duration.ofSeconds(5)).build();
  }

  private URI uri(String path) {
    return URI.create("http://127.0.0.1:" + app.port() + path);
  }

  /** Password comparisons wait for {@link #open()}; hashing (done at start-up) does not. */
  private static final class GatedHasher implements PasswordHasher {
    private final FakePasswordHasher hasher = new FakePasswordHasher();
    private final CountDownLatch gate = new CountDownLatch(1);
    private final AtomicInteger waiting = new AtomicInteger();
    private final AtomicInteger asked = new AtomicInteger();

    @Override
    public PasswordHash hash(Password password) {
      return hasher.hash(password);
    }

    @Override
    public boolean matches(Password password, PasswordHash hash) {
      asked.incrementAndGet();
      waiting.incrementAndGet();
      try {
        if (!gate.await(PATIENCE.toSeconds(), TimeUnit.SECONDS)) {
          throw new IllegalStateException("the test never opened the gate");
        }
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new IllegalStateException(e);
      } finally {
        waiting.decrementAndGet();
      }
      return hasher.matches(password, hash);
    }

    @Override
    public boolean needsRehash(PasswordHash hash) {
      return hasher.needsRehash(hash);
    }

    int asked() {
      return asked.get();
    }

    boolean awaitWaiting(int count) throws InterruptedException {
      long deadline = System.nanoTime() + Duration.ofSeconds(5).toNanos();
      while (waiting.get() < count) {
        if (System.nanoTime() > deadline) {
          return false;
        }
        Thread.sleep(10);
      }
      return true;
    }

    void open() {
      gate.countDown();
    }
  }
}
