package org.expensetracker.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EmbeddedDatabaseTest {
  @TempDir Path dataDir;

  @Test
  void dataSurvivesARestart() throws Exception {
    try (EmbeddedPostgres first = EmbeddedDatabase.start(dataDir);
        Connection c = first.getPostgresDatabase().getConnection();
        Statement s = c.createStatement()) {
      s.execute("create table kept (v text)");
      s.execute("insert into kept values ('still here')");
    }
    try (EmbeddedPostgres second = EmbeddedDatabase.start(dataDir);
        Connection c = second.getPostgresDatabase().getConnection();
        Statement s = c.createStatement();
        ResultSet rs = s.executeQuery("select v from kept")) {
      assertThat(rs.next()).isTrue();
      assertThat(rs.getString(1)).isEqualTo("still here");
    }
    assertThat(dataDir.resolve("postgres/PG_VERSION")).exists();
  }

  @Test
  void theEmbeddedDatabaseSharesTheCoresSoItsPoolIsCoresPlusOne() throws Exception {
    try (EmbeddedPostgres postgres = EmbeddedDatabase.start(dataDir)) {
      assertThat(EmbeddedDatabase.settings(postgres).poolSize())
          .isEqualTo(Runtime.getRuntime().availableProcessors() + 1);
    }
  }
}
