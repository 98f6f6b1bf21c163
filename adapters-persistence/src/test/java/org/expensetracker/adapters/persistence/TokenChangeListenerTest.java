package org.expensetracker.adapters.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import org.expensetracker.adapters.persistence.testing.PostgresTest;
import org.expensetracker.adapters.persistence.testing.TestDatabase;
import org.expensetracker.application.testing.Eventually;
import org.junit.jupiter.api.Test;

/** When the listener may serve from memory, on real PostgreSQL. */
@PostgresTest
class TokenChangeListenerTest {
  private final TokenValidityCache cache = new TokenValidityCache(10, Duration.ofSeconds(30));

  @Test
  void aListenerWhosePingComesBackTurnsTheCacheOnAndClosingTurnsItOff() throws Exception {
    try (TokenChangeListener listener =
        new TokenChangeListener(this::connection, cache, Duration.ofMillis(200))) {
      listener.start();
      Eventually.await("the cache to turn on", Duration.ofSeconds(5), cache::isOn);
    }

    assertThat(cache.isOn()).isFalse();
  }

  @Test
  void aPingFromAnotherSessionKeepsTheCacheOff() throws Exception {
    // As behind a pooler in transaction mode: the ping comes back, but it ran elsewhere.
    try (TokenChangeListener listener =
        new TokenChangeListener(this::movingSession, cache, Duration.ofMillis(200))) {
      listener.start();
      Thread.sleep(1_500);

      assertThat(cache.isOn()).isFalse();
    }
  }

  private Connection connection() throws SQLException {
    return TestDatabase.postgres().getPostgresDatabase().getConnection();
  }

  /** A real connection whose ping reports another backend than the one that LISTENs. */
  private Connection movingSession() throws SQLException {
    Connection real = connection();
    return (Connection)
        Proxy.newProxyInstance(
            Connection.class.getClassLoader(),
            new Class<?>[] {Connection.class},
            (proxy, method, args) -> {
              if (method.getName().equals("prepareStatement")
                  && args[0] instanceof String sql
                  && sql.contains("pg_notify")) {
                args[0] = sql.replace("pg_backend_pid()", "pg_backend_pid() + 1");
              }
              try {
                return method.invoke(real, args);
              } catch (InvocationTargetException e) {
                throw e.getCause();
              }
            });
  }
}
