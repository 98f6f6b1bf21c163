package org.expensetracker.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Map;
import java.util.Optional;
import org.expensetracker.adapters.persistence.testing.TestDatabase;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class StartupTest {
  @TempDir Path dir;

  @Test
  void aPortInUseIsOneLineNamingPort() throws Exception {
    String url =
        TestDatabase.postgres()
            .getJdbcUrl("postgres", "postgres")
            .replace("jdbc:postgresql://", "postgresql://postgres:postgres@");
    try (ServerSocket taken = new ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
      Map<String, String> env =
          Map.of(
              "DATABASE_URL",
              url,
              "SECRET_KEY",
              "x".repeat(32),
              "PORT",
              String.valueOf(taken.getLocalPort()),
              "DATA_DIR",
              dir.toString());
      assertThatThrownBy(() -> Main.start(new String[0], env, dir))
          .isInstanceOf(StartupFailure.class)
          .hasMessageStartingWith("PORT " + taken.getLocalPort());
    }
  }

  @Test
  void anUnreachableDatabaseIsOneLineNamingDatabaseUrl() {
    Map<String, String> env =
        Map.of(
            "DATABASE_URL",
            "postgresql://u:p@127.0.0.1:1/db",
            "SECRET_KEY",
            "x".repeat(32),
            "DATA_DIR",
            dir.toString());
    assertThatThrownBy(() -> Main.start(new String[0], env, dir))
        .isInstanceOf(StartupFailure.class)
        .hasMessageStartingWith("DATABASE_URL")
        .satisfies(e -> assertThat(e.getMessage()).doesNotContain("\n"));
  }

  @Test
  void anExternalDatabaseWithoutSecretKeyIsRefused() {
    assertThatThrownBy(() -> SecretKeys.resolve(Optional.empty(), false, dir))
        .hasMessageContaining("SECRET_KEY");
  }

  @Test
  void aShortSecretKeyIsRefused() {
    assertThatThrownBy(() -> SecretKeys.resolve(Optional.of("short"), true, dir))
        .hasMessageContaining("32 bytes");
  }

  @Test
  void embeddedModeGeneratesOnePrivateKeyAndReusesIt() throws Exception {
    byte[] first = SecretKeys.resolve(Optional.empty(), true, dir);
    byte[] second = SecretKeys.resolve(Optional.empty(), true, dir);
    assertThat(first).hasSizeGreaterThanOrEqualTo(32).isEqualTo(second);
    assertThat(
            PosixFilePermissions.toString(Files.getPosixFilePermissions(dir.resolve("secret.key"))))
        .isEqualTo("rw-------");
  }
}
