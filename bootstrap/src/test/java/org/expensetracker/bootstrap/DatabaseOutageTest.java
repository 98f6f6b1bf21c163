package org.expensetracker.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicBoolean;
import org.expensetracker.adapters.persistence.DatabaseSettings;
import org.expensetracker.adapters.persistence.PostgresStorage;
import org.expensetracker.bootstrap.testing.ApiClient;
import org.expensetracker.bootstrap.testing.ExpenseStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * PostgreSQL stopped while creates flow, then started again on the same port: while it is away
 * every request gets a 503 problem with Retry-After within 5 s and readiness is 503; once it is
 * back the same server process serves again, and no acknowledged write is missing.
 */
class DatabaseOutageTest {
  static final Duration LIMIT = Duration.ofSeconds(5);
  static final Duration OUTAGE = Duration.ofSeconds(7);

  @TempDir Path pgData;
  EmbeddedPostgres postgres;
  ApiClient api;
  ExpenseStream stream;
  final AtomicBoolean polling = new AtomicBoolean(true);

  /** A readiness answer: when it was asked, its status, how long it took. */
  record Probe(long askedAtNanos, int status, Duration took) {}

  @AfterEach
  void cleanUp() throws IOException {
    polling.set(false);
    if (stream != null) {
      stream.close();
    }
    if (api != null) {
      api.close();
    }
    if (postgres != null) {
      postgres.close();
    }
  }

  @Test
  void requestsGet503WithinSecondsWhileTheDatabaseIsAwayAndTheServerRecoversByItself()
      throws Exception {
    int port = freePort();
    postgres = startPostgres(port);
    api =
        ApiClient.start(
            PostgresStorage.start(
                DatabaseSettings.of(
                    postgres.getJdbcUrl("postgres", "postgres"), "postgres", "postgres")),
            ApiClient.testOptions(),
            Operations.defaults());
    stream = ExpenseStream.inNewWorkspace(api).start(api, 4, Duration.ofMillis(50));
    List<Probe> probes = new CopyOnWriteArrayList<>();
    Thread poller = new Thread(() -> pollReadiness(probes), "readiness-poller");
    poller.start();
    stream.awaitAcknowledged(20, Duration.ofSeconds(30));

    long stopAt = System.nanoTime();
    postgres.close(); // fast shutdown: sessions end, new connections are refused
    long stoppedAt = System.nanoTime();
    Thread.sleep(OUTAGE.toMillis());
    int acknowledgedDuringOutage = stream.acknowledged();
    postgres = startPostgres(port);
    long restartedAt = System.nanoTime();
    stream.awaitAcknowledged(acknowledgedDuringOutage + 20, Duration.ofSeconds(30));
    stream.stop();
    polling.set(false);
    poller.join();

    List<ExpenseStream.Attempt> attempts = List.copyOf(stream.attempts().values());
    assertThat(attempts)
        .as("every create was answered 201 or 503, within %s", LIMIT)
        .allSatisfy(
            a -> {
              assertThat(a.status()).isIn(201, 503);
              assertThat(a.took()).isLessThan(LIMIT);
            });
    List<ExpenseStream.Attempt> refused = attempts.stream().filter(a -> a.status() == 503).toList();
    assertThat(refused)
        .isNotEmpty()
        .allSatisfy(
            a -> {
              assertThat(a.response().header("Content-Type"))
                  .startsWith("application/problem+json");
              assertThat(a.response().header("Retry-After")).matches("[1-9][0-9]*");
              assertThat(a.response().json().get("status").asInt()).isEqualTo(503);
            });
    long firstRefusalMillis =
        refused.stream().mapToLong(a -> a.sentAtNanos() + a.took().toNanos()).min().getAsLong()
                / 1_000_000
            - stopAt / 1_000_000;
    assertThat(firstRefusalMillis).isLessThan(LIMIT.toMillis());
    long createsSentWhileAway =
        attempts.stream()
            .filter(a -> a.sentAtNanos() > stoppedAt)
            .filter(a -> a.sentAtNanos() + a.took().toNanos() < restartedAt)
            .peek(a -> assertThat(a.status()).as("#" + a.number()).isEqualTo(503))
            .count();
    assertThat(createsSentWhileAway).isPositive();

    assertThat(probes).allSatisfy(p -> assertThat(p.took()).isLessThan(LIMIT));
    assertThat(probes)
        .filteredOn(p -> p.askedAtNanos() > stoppedAt && p.askedAtNanos() < restartedAt)
        .filteredOn(p -> p.status() == 503)
        .isNotEmpty();
    Probe lastProbe = probes.get(probes.size() - 1);
    assertThat(lastProbe.status()).isEqualTo(200);
    long recoveredMillis =
        probes.stream()
                    .filter(p -> p.askedAtNanos() > restartedAt && p.status() == 200)
                    .mapToLong(Probe::askedAtNanos)
                    .min()
                    .getAsLong()
                / 1_000_000
            - restartedAt / 1_000_000;

    stream.assertAcknowledgedStoredOnce(api);
    stream.assertRetriesLandExactlyOnce(api);
    System.out.printf(
        "DB outage: stop took %d ms, first 503 %d ms after it began, %d creates refused (slowest answer %d ms),"
            + " ready again %d ms after the restart, %d acknowledged in all%n",
        (stoppedAt - stopAt) / 1_000_000,
        firstRefusalMillis,
        refused.size(),
        attempts.stream().mapToLong(a -> a.took().toMillis()).max().getAsLong(),
        recoveredMillis,
        stream.acknowledged());
  }

  private void pollReadiness(List<Probe> probes) {
    while (polling.get()) {
      long asked = System.nanoTime();
      int status;
      try {
        status = api.get("/health/ready", null).status();
      } catch (RuntimeException e) {
        status = 0;
      }
      probes.add(new Probe(asked, status, Duration.ofNanos(System.nanoTime() - asked)));
      try {
        Thread.sleep(100);
      } catch (InterruptedException e) {
        return;
      }
    }
  }

  private EmbeddedPostgres startPostgres(int port) throws IOException {
    return EmbeddedPostgres.builder()
        .setDataDirectory(pgData)
        .setCleanDataDirectory(false)
        .setPort(port)
        .start();
  }

  private static int freePort() throws IOException {
    try (ServerSocket socket = new ServerSocket(0)) {
      return socket.getLocalPort();
    }
  }
}
