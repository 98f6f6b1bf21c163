package org.expensetracker.bootstrap;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.nio.file.Path;
import org.expensetracker.adapters.persistence.DatabaseSettings;
import org.expensetracker.adapters.persistence.PostgresStorage;

/** Starts the API on an embedded PostgreSQL kept under {@code ./data}. */
public final class Main {
  private Main() {}

  public static void main(String[] args) throws Exception {
    Path dataDir = Path.of("data").toAbsolutePath();
    EmbeddedPostgres postgres =
        EmbeddedPostgres.builder()
            .setDataDirectory(dataDir.resolve("postgres"))
            .setCleanDataDirectory(false)
            .start();
    PostgresStorage storage =
        PostgresStorage.start(
            DatabaseSettings.of(
                postgres.getJdbcUrl("postgres", "postgres"), "postgres", "postgres"));
    Server server =
        Server.start(storage, "127.0.0.1", 8000, IdentityOptions.fromEnvironment(System.getenv()));
    Runtime.getRuntime()
        .addShutdownHook(
            new Thread(
                () -> {
                  server.close();
                  try {
                    postgres.close();
                  } catch (Exception ignored) {
                    // exiting anyway
                  }
                }));
    System.out.println(
        "Listening on http://127.0.0.1:" + server.port() + " (data in " + dataDir + ")");
  }
}
