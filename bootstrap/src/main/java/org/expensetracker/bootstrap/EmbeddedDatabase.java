package org.expensetracker.bootstrap;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.nio.file.Path;
import org.expensetracker.adapters.persistence.DatabaseSettings;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The default database: a real PostgreSQL 17 whose data directory lives in {@code
 * DATA_DIR/postgres}.
 */
final class EmbeddedDatabase {
  private static final Logger log = LoggerFactory.getLogger(EmbeddedDatabase.class);

  private EmbeddedDatabase() {}

  static EmbeddedPostgres start(Path dataDir) {
    Path directory = dataDir.resolve("postgres");
    StalePostmaster.stopIfLeft(directory);
    try {
      EmbeddedPostgres postgres =
          EmbeddedPostgres.builder()
              .setDataDirectory(directory)
              .setCleanDataDirectory(false)
              // Acknowledged writes must survive a crash of the machine, not only of the JVM.
              .setServerConfig("synchronous_commit", "on")
              .start();
      log.info(
          "Embedded PostgreSQL data directory: {} (port {}, user postgres)",
          directory,
          postgres.getPort());
      return postgres;
    } catch (IOException | RuntimeException e) {
      throw new StartupFailure(
          "DATA_DIR: embedded PostgreSQL could not start in "
              + directory
              + " ("
              + e.getMessage()
              + ")");
    }
  }

  /**
   * A pool of cores + 1: the embedded server's backends run on the same cores as the request
   * threads, so more of them only compete for the CPU. Measured on two cores: 3 connections served
   * the list a quarter faster than 5, with a p99 of 24 ms instead of 35 (docs/performance.md, "The
   * pool on a shared machine").
   */
  static DatabaseSettings settings(EmbeddedPostgres postgres) {
    return DatabaseSettings.of(postgres.getJdbcUrl("postgres", "postgres"), "postgres", "postgres")
        .withPoolSize(Runtime.getRuntime().availableProcessors() + 1);
  }
}
