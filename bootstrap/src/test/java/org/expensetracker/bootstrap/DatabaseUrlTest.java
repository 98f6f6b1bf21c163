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
}
