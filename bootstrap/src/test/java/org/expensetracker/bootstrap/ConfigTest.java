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

  @Test
  void operationsSettingsDefaultToClosedMetricsNoProxiesAndTextLogs() {
    Config config = Config.from(Map.of());
    assertThat(config.operations().trustedProxies()).hasToString("(none)");
    assertThat(config.operations().metricsToken()).isEmpty();
    assertThat(config.operations().metricsPort()).isEmpty();
    assertThat(config.logFormat()).isEqualTo(LogFormat.TEXT);
  }

  @Test
  void operationsSettingsAreReadAndTheTokenStaysOutOfToString() {
    Config config =
        Config.from(
            Map.of(
                "TRUSTED_PROXIES", "10.0.0.0/8, fd00::/8",
                "METRICS_TOKEN", "a-long-enough-metrics-token",
                "METRICS_PORT", "9100",
                "LOG_FORMAT", "JSON"));
    assertThat(config.operations().trustedProxies()).hasToString("10.0.0.0/8,fd00::/8");
    assertThat(config.operations().metricsToken()).contains("a-long-enough-metrics-token");
    assertThat(config.operations().metricsPort()).hasValue(9100);
    assertThat(config.logFormat()).isEqualTo(LogFormat.JSON);
    assertThat(config.toString()).doesNotContain("a-long-enough-metrics-token");
  }

  @Test
  void badOperationsSettingsNameTheSetting() {
    assertThatThrownBy(() -> Config.from(Map.of("TRUSTED_PROXIES", "10.0.0.0/8, proxy.local")))
        .isInstanceOf(StartupFailure.class)
        .hasMessageContaining("TRUSTED_PROXIES")
        .hasMessageContaining("proxy.local");
    assertThatThrownBy(() -> Config.from(Map.of("METRICS_TOKEN", "short")))
        .hasMessageContaining("METRICS_TOKEN");
    assertThatThrownBy(() -> Config.from(Map.of("METRICS_PORT", "70000")))
        .hasMessageContaining("METRICS_PORT");
    assertThatThrownBy(() -> Config.from(Map.of("LOG_FORMAT", "xml")))
        .hasMessageContaining("LOG_FORMAT");
  }

  @Test
  void poolSizeAndThreadModeAreReadWithTheStoragesOwnPoolSizeAndPlatformThreadsByDefault() {
    Config defaults = Config.from(Map.of());
    assertThat(defaults.operations().poolSize()).isEmpty();
    assertThat(defaults.operations().virtualThreads()).isFalse();
    Config set = Config.from(Map.of("DB_POOL_SIZE", "12", "HTTP_VIRTUAL_THREADS", "true"));
    assertThat(set.operations().poolSize()).hasValue(12);
    assertThat(set.operations().virtualThreads()).isTrue();
    assertThatThrownBy(() -> Config.from(Map.of("DB_POOL_SIZE", "0")))
        .isInstanceOf(StartupFailure.class)
        .hasMessageContaining("DB_POOL_SIZE");
    assertThatThrownBy(() -> Config.from(Map.of("HTTP_VIRTUAL_THREADS", "maybe")))
        .hasMessageContaining("HTTP_VIRTUAL_THREADS");
  }

  @Test
  void requestThreadsDefaultToTheHttpAdaptersChoiceAndMustLeaveJettyEnough() {
    assertThat(Config.from(Map.of()).operations().requestThreads()).isEmpty();
    assertThat(Config.from(Map.of("HTTP_THREADS", " 24 ")).operations().requestThreads())
        .hasValue(24);
    assertThatThrownBy(() -> Config.from(Map.of("HTTP_THREADS", "3")))
        .isInstanceOf(StartupFailure.class)
        .hasMessageContaining("HTTP_THREADS must be between 4 and 1000");
    assertThatThrownBy(() -> Config.from(Map.of("HTTP_THREADS", "many")))
        .isInstanceOf(StartupFailure.class)
        .hasMessageContaining("HTTP_THREADS");
  }

  @Test
  void exchangeRatesUrlIsOffByDefaultAndMustBeAnHttpUrl() {
    assertThat(Config.from(Map.of()).operations().exchangeRatesUrl()).isEmpty();
    assertThat(
            Config.from(Map.of("EXCHANGE_RATES_URL", " https://api.frankfurter.app "))
                .operations()
                .exchangeRatesUrl())
        .contains(java.net.URI.create("https://api.frankfurter.app"));
    for (String bad :
        new String[] {
          "api.frankfurter.app", "ftp://rates.example", "https://x/?key=1", "http://"
        }) {
      assertThatThrownBy(() -> Config.from(Map.of("EXCHANGE_RATES_URL", bad)))
          .as(bad)
          .isInstanceOf(StartupFailure.class)
          .hasMessageContaining("EXCHANGE_RATES_URL");
    }
  }

  private static final String EXTERNAL = "postgres://u:p@db.example/expenses";

  @Test
  void codesGoToTheLogOnTheEmbeddedDatabaseAndByMailWhenSmtpHostIsSet() {
    assertThat(Config.from(Map.of()).codeDelivery()).isEqualTo(Config.CodeDelivery.LOG);
    assertThat(
            Config.from(Map.of("DATABASE_URL", EXTERNAL, "SMTP_HOST", "mail.example"))
                .codeDelivery())
        .isEqualTo(Config.CodeDelivery.SMTP);
  }

  @Test
  void anExternalDatabaseWithVerificationAndNoMailServerIsRefusedInOneLine() {
    Config config = Config.from(Map.of("DATABASE_URL", EXTERNAL));
    assertThatThrownBy(config::codeDelivery)
        .isInstanceOf(StartupFailure.class)
        .hasMessageStartingWith("OTP_ENABLED=true with DATABASE_URL needs SMTP_HOST")
        .hasMessageContaining("OTP_LOG=true")
        .satisfies(e -> assertThat(e.getMessage()).doesNotContain("\n"));
  }

  @Test
  void otpLogTrueIsTheExplicitOptInToLoggedCodesWithAnExternalDatabase() {
    Config config = Config.from(Map.of("DATABASE_URL", EXTERNAL, "OTP_LOG", "true"));
    assertThat(config.codeDelivery()).isEqualTo(Config.CodeDelivery.LOG);
    assertThatThrownBy(() -> Config.from(Map.of("OTP_LOG", "sometimes")))
        .hasMessageContaining("OTP_LOG");
  }

  @Test
  void anExternalDatabaseWithVerificationOffAndNoMailServerSendsNoCodes() {
    Config config = Config.from(Map.of("DATABASE_URL", EXTERNAL, "OTP_ENABLED", "false"));
    assertThat(config.codeDelivery()).isEqualTo(Config.CodeDelivery.NONE);
  }
}
