package org.expensetracker.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.expensetracker.adapters.persistence.testing.TestDatabase;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class StartupTest {
  @TempDir Path dir;

  private static final String UNREACHABLE = "postgresql://u:p@127.0.0.1:1/db";

  /** An external database, a key, {@code DATA_DIR}, and {@code more} name-value pairs. */
  private Map<String, String> external(String databaseUrl, String... more) {
    Map<String, String> env = new HashMap<>();
    env.put("DATABASE_URL", databaseUrl);
    env.put("SECRET_KEY", "x".repeat(32));
    env.put("DATA_DIR", dir.toString());
    for (int i = 0; i < more.length; i += 2) {
      env.put(more[i], more[i + 1]);
    }
    return env;
  }

  @Test
  void aPortInUseIsOneLineNamingPort() throws Exception {
    String url =
        TestDatabase.postgres()
            .getJdbcUrl("postgres", "postgres")
            .replace("jdbc:postgresql://", "postgresql://postgres:postgres@");
    try (ServerSocket taken = new ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
      Map<String, String> env =
          external(url, "PORT", String.valueOf(taken.getLocalPort()), "OTP_LOG", "true");
      assertThatThrownBy(() -> Main.start(new String[0], env, dir))
          .isInstanceOf(StartupFailure.class)
          .hasMessageStartingWith("PORT " + taken.getLocalPort());
    }
  }

  @Test
  void anUnreachableDatabaseIsOneLineNamingDatabaseUrl() {
    Map<String, String> env = external(UNREACHABLE, "OTP_ENABLED", "false");
    assertThatThrownBy(() -> Main.start(new String[0], env, dir))
        .isInstanceOf(StartupFailure.class)
        .hasMessageStartingWith("DATABASE_URL")
        .satisfies(e -> assertThat(e.getMessage()).doesNotContain("\n"));
  }

  @Test
  void anExternalDatabaseWithoutAMailServerStopsStartUpBeforeAnythingElse() {
    // Refused before the (unreachable) database is even tried: no server ever logs a code.
    assertThatThrownBy(() -> Main.start(new String[0], external(UNREACHABLE), dir))
        .isInstanceOf(StartupFailure.class)
        .hasMessageStartingWith("OTP_ENABLED=true with DATABASE_URL needs SMTP_HOST")
        .satisfies(e -> assertThat(e.getMessage()).doesNotContain("\n"));
    // The explicit opt-in gets past it (to the database error).
    assertThatThrownBy(() -> Main.start(new String[0], external(UNREACHABLE, "OTP_LOG", "1"), dir))
        .hasMessageStartingWith("DATABASE_URL");
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
