package org.expensetracker.adapters.persistence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.zaxxer.hikari.HikariConfig;
import java.util.Properties;
import org.junit.jupiter.api.Test;

/** What the pool asks of the driver: every wait bounded, no row values in error messages. */
class PoolSettingsTest {
  private static final String URL = "jdbc:postgresql://db.example:5432/expenses";

  @Test
  void thePoolBoundsEveryWaitAndKeepsRowValuesOutOfErrors() {
    HikariConfig config = PostgresStorage.hikariConfig(DatabaseSettings.of(URL, "app", "pw"));
    Properties driver = config.getDataSourceProperties();

    assertThat(config.getConnectionTimeout()).isBetween(2_000L, 5_000L);
    assertThat(Integer.parseInt(driver.getProperty("socketTimeout"))).isPositive();
    assertThat(Integer.parseInt(driver.getProperty("connectTimeout"))).isPositive();
    assertThat(driver.getProperty("tcpKeepAlive")).isEqualTo("true");
    assertThat(driver.getProperty("logServerErrorDetail")).isEqualTo("false");
    assertThat(driver.getProperty("options")).contains("statement_timeout=15000");
    // Extended query mode is pgjdbc's default: nothing may set another.
    assertThat(driver.getProperty("preferQueryMode")).isNull();
  }

  @Test
  void aUrlCannotOverrideThemForAnyCallerOfTheAdapter() {
    assertThatThrownBy(() -> DatabaseSettings.of(URL + "?preferQueryMode=simple", "app", "pw"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("preferQueryMode");
    assertThatThrownBy(() -> DatabaseSettings.of(URL + "?socketTimeout=0", "app", "pw"))
        .hasMessageContaining("socketTimeout");
    assertThatThrownBy(() -> DatabaseSettings.of(URL + "?connectTimeout=0", "app", "pw"))
        .hasMessageContaining("connectTimeout");
    assertThatThrownBy(() -> DatabaseSettings.of(URL + "?loginTimeout=0", "app", "pw"))
        .hasMessageContaining("loginTimeout");
    assertThat(DatabaseSettings.of(URL + "?sslmode=require", "app", "pw").jdbcUrl())
        .endsWith("?sslmode=require");
  }

  @Test
  void aUrlsOptionsComeFirstSoThePoolsOwnWinWhileTheOthersStillCount() {
    HikariConfig config =
        PostgresStorage.hikariConfig(
            DatabaseSettings.of(
                URL + "?sslmode=require&options=-c%20search_path%3Dx&ApplicationName=billing",
                "app",
                "pw"));

    // Left in the URL, they would replace the pool's options as a whole.
    assertThat(config.getJdbcUrl()).isEqualTo(URL + "?sslmode=require&ApplicationName=billing");
    assertThat(config.getDataSourceProperties().getProperty("options"))
        .isEqualTo("-c search_path=x -c statement_timeout=15000");
  }

  @Test
  void aProvidersEndpointOptionIsKeptToo() {
    HikariConfig config =
        PostgresStorage.hikariConfig(
            DatabaseSettings.of(URL + "?options=endpoint%3Dep-quiet-1", "app", "pw"));

    assertThat(config.getJdbcUrl()).isEqualTo(URL);
    assertThat(config.getDataSourceProperties().getProperty("options"))
        .isEqualTo("endpoint=ep-quiet-1 -c statement_timeout=15000");
  }
}
