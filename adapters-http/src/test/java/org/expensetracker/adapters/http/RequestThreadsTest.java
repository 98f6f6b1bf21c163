package org.expensetracker.adapters.http;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.javalin.Javalin;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/** Jetty's request threads are bounded: requests beyond the bound wait their turn, none fail. */
class RequestThreadsTest {
  // Room for Jetty's acceptors and selectors on machines of up to 64 cores, and still far fewer
  // threads than simultaneous requests.
  private static final int THREADS = 16;
  private static final int REQUESTS = 48;

  @Test
  void moreSimultaneousRequestsThanThreadsAreAllServedButNeverMoreAtOnceThanTheBound() {
    AtomicInteger running = new AtomicInteger();
    AtomicInteger mostAtOnce = new AtomicInteger();
    Javalin app =
        HttpApi.create(InMemoryCore.empty(), HttpSettings.defaults().withRequestThreads(THREADS))
            .get(
                "/slow",
                ctx -> {
                  mostAtOnce.accumulateAndGet(running.incrementAndGet(), Math::max);
                  Thread.sleep(100);
                  running.decrementAndGet();
                  ctx.result("done");
                })
            .start("127.0.0.1", 0);
    try {
      HttpClient client = HttpClient.newHttpClient();
      HttpRequest request =
          HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + app.port() + "/slow")).build();
      List<CompletableFuture<HttpResponse<String>>> replies = new ArrayList<>();
      for (int i = 0; i < REQUESTS; i++) {
        replies.add(client.sendAsync(request, HttpResponse.BodyHandlers.ofString()));
      }

      for (CompletableFuture<HttpResponse<String>> reply : replies) {
        assertThat(reply.join().statusCode()).isEqualTo(200);
      }
      // Jetty's acceptors and selectors run on the same pool, so fewer requests than THREADS run.
      assertThat(mostAtOnce.get()).isBetween(1, THREADS - 2);
    } finally {
      app.stop();
    }
  }

  @Test
  void theDefaultIsJavalinsAndTooFewAreRefused() {
    assertThat(HttpSettings.defaults().requestThreads()).isEqualTo(250);
    assertThatThrownBy(() -> HttpSettings.defaults().withRequestThreads(3))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
