package org.expensetracker.adapters.persistence.testing;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import org.expensetracker.adapters.persistence.DatabaseSettings;
import org.expensetracker.adapters.persistence.PostgresStorage;

/**
 * One real PostgreSQL per test JVM (embedded, started on first use), migrated once, and emptied
 * between test classes by {@link #reset()}.
 */
public final class TestDatabase {
  private static EmbeddedPostgres postgres;
  private static PostgresStorage storage;

  private TestDatabase() {}

  public static synchronized EmbeddedPostgres postgres() {
    if (postgres == null) {
      try {
        postgres = EmbeddedPostgres.builder().start();
      } catch (IOException e) {
        throw new UncheckedIOException("Could not start embedded PostgreSQL", e);
      }
      Runtime.getRuntime().addShutdownHook(new Thread(TestDatabase::stop));
    }
    return postgres;
  }

  /** Settings for the test database (user and password "postgres"). */
  public static DatabaseSettings settings() {
    return DatabaseSettings.of(
            postgres().getJdbcUrl("postgres", "postgres"), "postgres", "postgres")
        .withPoolSize(8);
  }

  /** The shared, migrated storage adapter. */
  public static synchronized PostgresStorage storage() {
    if (storage == null) {
      storage = PostgresStorage.start(settings());
    }
    return storage;
  }

  /** Deletes every row of every application table (the schema and Flyway history stay). */
  public static synchronized void reset() {
    storage();
    try (Connection c = postgres().getPostgresDatabase().getConnection();
        Statement s = c.createStatement()) {
      List<String> tables = new ArrayList<>();
      try (ResultSet rs =
          s.executeQuery(
              "select tablename from pg_tables where schemaname = 'public'"
                  + " and tablename <> 'flyway_schema_history'")) {
        while (rs.next()) {
          tables.add('"' + rs.getString(1) + '"');
        }
      }
      if (!tables.isEmpty()) {
        s.execute("truncate " + String.join(", ", tables) + " cascade");
      }
    } catch (SQLException e) {
      throw new IllegalStateException("Could not reset the test database", e);
    }
  }

  private static synchronized void stop() {
    try {
      if (storage != null) {
        storage.close();
      }
      if (postgres != null) {
        postgres.close();
      }
    } catch (IOException e) {
      // best effort at JVM exit
    }
  }
}
