package org.expensetracker.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class DatabaseUrlTest {

  @ParameterizedTest
  @CsvSource({
    "postgresql+asyncpg://app:secret@db.internal:5432/expenses, jdbc:postgresql://db.internal:5432/expenses",
    "postgresql://app:secret@db.internal:5432/expenses, jdbc:postgresql://db.internal:5432/expenses",
    "postgres://app:secret@db.internal/expenses, jdbc:postgresql://db.internal:5432/expenses",
    "jdbc:postgresql://app:secret@db.internal:6543/expenses, jdbc:postgresql://db.internal:6543/expenses",
  })
  void everyFormTheOriginalProjectAcceptedIsUnderstood(String raw, String jdbc) {
    DatabaseUrl url = DatabaseUrl.parse(raw);
    assertThat(url.jdbcUrl()).isEqualTo(jdbc);
    assertThat(url.username()).isEqualTo("app");
    assertThat(url.password()).isEqualTo("secret");
  }

  @Test
  void credentialsArePercentDecodedAndQueryKept() {
    DatabaseUrl url =
        DatabaseUrl.parse("postgresql://us%40er:p%40ss%3Aw+rd%2F@localhost/db?sslmode=require");
    assertThat(url.username()).isEqualTo("us@er");
    assertThat(url.password()).isEqualTo("p@ss:w+rd/");
    assertThat(url.jdbcUrl()).isEqualTo("jdbc:postgresql://localhost:5432/db?sslmode=require");
    assertThat(url.toString()).doesNotContain("p@ss");
  }

  @Test
  void jdbcUrlWithoutCredentialsKeepsThemEmpty() {
    DatabaseUrl url = DatabaseUrl.parse("jdbc:postgresql://localhost:5432/db");
    assertThat(url.username()).isNull();
    assertThat(url.password()).isNull();
  }

  @Test
  void otherSchemesAreRefusedNamingTheSetting() {
    assertThatThrownBy(() -> DatabaseUrl.parse("mysql://x@y/z"))
        .isInstanceOf(StartupFailure.class)
        .hasMessageContaining("DATABASE_URL");
    assertThatThrownBy(() -> DatabaseUrl.parse("postgresql:///nohost"))
        .hasMessageContaining("DATABASE_URL");
  }

  @ParameterizedTest
  @CsvSource({
    "preferQueryMode=simple, preferQueryMode",
    "preferQueryMode=extendedCacheEverything, preferQueryMode",
    "PREFERQUERYMODE=simple, preferQueryMode",
    "preferQueryMode=%73imple, preferQueryMode",
    "sslmode=require&socketTimeout=0, socketTimeout",
    "socketTimeout=-5, socketTimeout",
    "socketTimeout=, socketTimeout",
    "connectTimeout=0, connectTimeout",
    "loginTimeout=0, loginTimeout",
    "LOGINTIMEOUT=0, loginTimeout",
    "tcpKeepAlive=false, tcpKeepAlive",
    "logServerErrorDetail=true, logServerErrorDetail",
  })
  void parametersThatWouldUndoThePoolsSafetySettingsStopStartUpInOneLine(
      String query, String named) {
    assertThatThrownBy(() -> DatabaseUrl.parse("postgresql://app:secret@db/expenses?" + query))
        .isInstanceOf(StartupFailure.class)
        .hasMessageStartingWith("DATABASE_URL: ")
        .hasMessageContaining(named)
        .satisfies(e -> assertThat(e.getMessage()).doesNotContain("\n", "secret"));
  }

  @Test
  void otherParametersAndTheSafeValuesAreKept() {
    String query =
        "sslmode=verify-full&sslrootcert=/etc/ssl/db.pem&preferQueryMode=extended"
            + "&socketTimeout=60&connectTimeout=10&loginTimeout=10&tcpKeepAlive=true"
            + "&ApplicationName=billing&options=endpoint%3Dep-quiet-1%20-c%20search_path%3Dx";
    assertThat(DatabaseUrl.parse("postgres://app:secret@db/expenses?" + query).jdbcUrl())
        .isEqualTo("jdbc:postgresql://db:5432/expenses?" + query);
  }
}
