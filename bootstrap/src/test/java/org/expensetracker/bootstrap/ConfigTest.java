package org.expensetracker.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ConfigTest {
  @TempDir Path dir;

  @Test
  void defaultsMatchTheDocumentedOnes() {
    Config config = Config.from(Map.of());
    assertThat(config.databaseUrl()).isEmpty();
    assertThat(config.algorithm()).isEqualTo("HS256");
    assertThat(config.accessTokenExpireMinutes()).isEqualTo(30);
    assertThat(config.host()).isEqualTo("127.0.0.1");
    assertThat(config.port()).isEqualTo(8000);
    assertThat(config.bcryptCost()).isEqualTo(12);
    assertThat(config.otpEnabled()).isTrue();
    assertThat(config.dataDir().getFileName()).hasToString("data");
  }

  @Test
  void environmentWinsOverDotEnv() throws Exception {
    Files.writeString(
        dir.resolve(".env"), "# comment\nPORT=9001\nexport HOST=\"0.0.0.0\"\nOTP_ENABLED=false\n");
    Config config = Config.load(Map.of("PORT", "9002"), dir);
    assertThat(config.port()).isEqualTo(9002);
    assertThat(config.host()).isEqualTo("0.0.0.0");
    assertThat(config.otpEnabled()).isFalse();
  }

  @Test
  void aBadNumberNamesTheSetting() {
    assertThatThrownBy(() -> Config.from(Map.of("PORT", "eighty")))
        .isInstanceOf(StartupFailure.class)
        .hasMessageContaining("PORT");
    assertThatThrownBy(() -> Config.from(Map.of("BCRYPT_COST", "6")))
        .isInstanceOf(StartupFailure.class)
        .hasMessageContaining("BCRYPT_COST");
    assertThatThrownBy(() -> Config.from(Map.of("OTP_ENABLED", "maybe")))
        .hasMessageContaining("OTP_ENABLED");
    assertThatThrownBy(() -> Config.from(Map.of("ALGORITHM", "none")))
        .hasMessageContaining("ALGORITHM");
  }

  @Test
  void secretsNeverAppearInToString() {
    Config config =
        Config.from(
            Map.of(
                "SECRET_KEY",
                "k".repeat(40),
                "SMTP_PASSWORD",
                "smtp-secret-pw",
                "DATABASE_URL",
                "postgres://u:dbpass@h/db"));
    assertThat(config.toString()).doesNotContain("kkkk", "smtp-secret-pw", "dbpass");
  }
}
