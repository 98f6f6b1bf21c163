package org.expensetracker.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.expensetracker.bootstrap.testing.ApiClient;
import org.expensetracker.bootstrap.testing.ServerProcess;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * SIGTERM to the real server process: the request in flight completes, new connections are refused
 * at once, everything stops (embedded PostgreSQL included) and the exit code is 0.
 */
class GracefulShutdownTest {
  /** A registration hashes the password with bcrypt: at this cost it takes seconds, for real. */
  static final String SLOW_BCRYPT_COST = "15";

  @TempDir java.nio.file.Path dataDir;
  ServerProcess server;

  @AfterEach
  void cleanUp() {
    if (server != null) {
      server.close();
    }
  }

  @Test
  void sigtermLetsTheRequestInFlightFinishRefusesNewConnectionsAndExitsZero() throws Exception {
    server = ServerProcess.start(dataDir, Map.of("BCRYPT_COST", SLOW_BCRYPT_COST));
    ApiClient api = server.client();
    CompletableFuture<Long> answeredAt = new CompletableFuture<>();
    CompletableFuture<ApiClient.Response> slow =
        CompletableFuture.supplyAsync(
            () -> {
              ApiClient.Response r =
                  api.post(
                      "/api/v1/auth/register",
                      null,
                      ApiClient.json(
                          "email",
                          "slow-" + UUID.randomUUID() + "@example.com",
                          "password",
                          ApiClient.PASSWORD,
                          "full_name",
                          "Slow Registration"));
              answeredAt.complete(System.nanoTime());
              return r;
            });
    Thread.sleep(500); // the request is on the server, hashing

    long signalledAt = System.nanoTime();
    server.terminate();
    long refusedAt = awaitRefused(Duration.ofSeconds(5));

    ApiClient.Response response = slow.get(30, TimeUnit.SECONDS);
    assertThat(response.status()).as(response.body()).isEqualTo(201);
    assertThat(answeredAt.get())
        .as("the request was still in flight when the signal came and new connections were refused")
        .isGreaterThan(refusedAt)
        .isGreaterThan(signalledAt);
    assertThat(server.waitForExit(Duration.ofSeconds(30))).as(server.output()).contains(0);
    long shutdownMillis = (System.nanoTime() - signalledAt) / 1_000_000;
    assertThat(shutdownMillis).isLessThan(HttpStop.LIMIT.toMillis());
    assertThat(server.postgresProcesses()).isEmpty();
    assertThat(dataDir.resolve("postgres/postmaster.pid")).doesNotExist();
    assertThat(server.output())
        .containsSubsequence(
            "SIGTERM received",
            "HTTP stopped, code mail queue drained, connection pool closed",
            "Embedded PostgreSQL stopped",
            "Stopped in");
    System.out.printf(
        "SIGTERM: refused new connections after %d ms, in-flight answered after %d ms,"
            + " exit after %d ms%n",
        (refusedAt - signalledAt) / 1_000_000,
        (answeredAt.get() - signalledAt) / 1_000_000,
        shutdownMillis);
  }

  private long awaitRefused(Duration within) throws InterruptedException {
    long deadline = System.nanoTime() + within.toNanos();
    while (System.nanoTime() < deadline) {
      if (!server.acceptsConnections()) {
        return System.nanoTime();
      }
      Thread.sleep(20);
    }
    throw new AssertionError("Still accepting connections " + within + " after SIGTERM");
  }

  /** What a bounded stop may take: the HTTP stop timeout plus closing the rest. */
  static final class HttpStop {
    static final Duration LIMIT =
        org.expensetracker.adapters.http.HttpApi.STOP_TIMEOUT.plusSeconds(10);
  }
}
