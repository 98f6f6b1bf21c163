package org.expensetracker.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Map;
import org.expensetracker.adapters.persistence.testing.TestDatabase;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code --migrate-only}: a deploy pipeline migrates an empty database and nothing is served. */
class MigrateOnlyTest {
  @TempDir Path dir;

  @Test
  void migrateOnlyAppliesEveryMigrationThenReturnsWithoutListening() throws Exception {
    String database = "migrate_only_" + ProcessHandle.current().pid();
    execute("drop database if exists " + database);
    execute("create database " + database);
    int port = freePort();
    Map<String, String> env =
        Map.of(
            "DATABASE_URL",
            "postgresql+asyncpg://postgres:postgres@localhost:"
                + TestDatabase.postgres().getPort()
                + "/"
                + database,
            "SECRET_KEY",
            "x".repeat(32),
            "PORT",
            String.valueOf(port),
            "DATA_DIR",
            dir.toString());

    Runnable stop = Main.start(new String[] {"--migrate-only"}, env, dir);
    stop.run();

    try (Connection c = TestDatabase.postgres().getDatabase("postgres", database).getConnection();
        Statement s = c.createStatement();
        ResultSet rs =
            s.executeQuery(
                "select count(*), bool_and(success) from flyway_schema_history"
                    + " where version is not null")) {
      rs.next();
      assertThat(rs.getInt(1)).isGreaterThanOrEqualTo(4);
      assertThat(rs.getBoolean(2)).isTrue();
    }
    // Nothing took the port: the server never started.
    try (ServerSocket again = new ServerSocket(port)) {
      assertThat(again.getLocalPort()).isEqualTo(port);
    }
    execute("drop database " + database);
  }

  private static void execute(String sql) throws SQLException {
    try (Connection c = TestDatabase.postgres().getPostgresDatabase().getConnection();
        Statement s = c.createStatement()) {
      s.execute(sql);
    }
  }

  private static int freePort() throws IOException {
    try (ServerSocket socket = new ServerSocket(0)) {
      return socket.getLocalPort();
    }
  }
}
