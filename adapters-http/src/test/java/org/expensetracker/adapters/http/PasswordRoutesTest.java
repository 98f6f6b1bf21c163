package org.expensetracker.adapters.http;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.javalin.Javalin;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
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
