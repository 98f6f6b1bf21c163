package org.expensetracker.adapters.persistence;

import java.time.Duration;
import java.util.Objects;

/**
 * How to reach PostgreSQL. Timeouts are short on purpose: a request should get a 503 within
 * seconds, never hang, when the database is away.
 */
public record DatabaseSettings(
    String jdbcUrl,
    String username,
    String password,
    int poolSize,
    Duration connectionTimeout,
    Duration statementTimeout) {

  public DatabaseSettings {
    Objects.requireNonNull(jdbcUrl, "jdbcUrl");
    if (poolSize < 1) {
      throw new IllegalArgumentException("poolSize must be at least 1");
    }
    Objects.requireNonNull(connectionTimeout, "connectionTimeout");
    Objects.requireNonNull(statementTimeout, "statementTimeout");
  }

  /** Defaults sized for a small machine: pool of 2 × cores + 1, 3 s to get a connection. */
  public static DatabaseSettings of(String jdbcUrl, String username, String password) {
    return new DatabaseSettings(
        jdbcUrl,
        username,
        password,
        2 * Runtime.getRuntime().availableProcessors() + 1,
        Duration.ofSeconds(3),
        Duration.ofSeconds(15));
  }

  public DatabaseSettings withPoolSize(int size) {
    return new DatabaseSettings(
        jdbcUrl, username, password, size, connectionTimeout, statementTimeout);
  }

  @Override
  public String toString() {
    // Never print the password.
    return "DatabaseSettings[jdbcUrl="
        + jdbcUrl
        + ", username="
        + username
        + ", poolSize="
        + poolSize
        + "]";
  }
}
