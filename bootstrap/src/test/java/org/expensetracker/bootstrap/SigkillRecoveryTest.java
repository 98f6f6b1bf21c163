package org.expensetracker.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import org.expensetracker.bootstrap.testing.ApiClient;
import org.expensetracker.bootstrap.testing.ExpenseStream;
import org.expensetracker.bootstrap.testing.ServerProcess;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * SIGKILL of the server JVM in the middle of a stream of creates with Idempotency-Keys, then a
 * restart on the same DATA_DIR: the embedded PostgreSQL the dead JVM left running is stopped and
 * started again on its own, no acknowledged expense is lost or doubled, and retries of the
 * unacknowledged ones land each exactly once. The database of a live server is never stopped.
 */
class SigkillRecoveryTest {
  @TempDir Path dataDir;
  ServerProcess first;
  ServerProcess second;
  ExpenseStream stream;

  @AfterEach
  void cleanUp() {
    if (stream != null) {
      stream.close();
    }
    for (ServerProcess server : new ServerProcess[] {first, second}) {
      if (server != null) {
        server.close();
      }
    }
  }

  @Test
  void noAcknowledgedExpenseIsLostOrDoubledAndRetriesLandExactlyOnce() {
    first = ServerProcess.start(dataDir, Map.of());
    stream = ExpenseStream.inNewWorkspace(first.client());
    stream.start(first.client(), 4, Duration.ofMillis(10));
    stream.awaitAcknowledged(40, Duration.ofSeconds(60));
    first.kill();
    stream.stop();
    assertThat(first.postgresProcesses())
        .as("SIGKILL of the JVM leaves its embedded PostgreSQL running")
        .isNotEmpty();

    long restartAt = System.nanoTime();
    second = ServerProcess.start(dataDir, Map.of());
    long restartMillis = (System.nanoTime() - restartAt) / 1_000_000;
    assertThat(second.output()).contains("left by a server that did not stop");
    ApiClient api = second.client();

    Map<Integer, ExpenseStream.Attempt> attempts = stream.attempts();
    stream.assertAcknowledgedStoredOnce(api);
    stream.assertRetriesLandExactlyOnce(api);

    // The recovery never stops the database of a server that is alive.
    assertThatThrownBy(() -> EmbeddedDatabase.start(dataDir))
        .isInstanceOf(StartupFailure.class)
        .hasMessageStartingWith("DATA_DIR: ")
        .hasMessageContaining("in use by another running server");
    assertThat(api.get("/health/ready", null).status()).isEqualTo(200);
    long acknowledged =
        attempts.values().stream().filter(ExpenseStream.Attempt::acknowledged).count();
    System.out.printf(
        "SIGKILL: %d creates acknowledged, %d unacknowledged (in flight or refused) retried;"
            + " restart over the stale postmaster took %d ms%n",
        acknowledged, attempts.size() - acknowledged, restartMillis);
  }
}
