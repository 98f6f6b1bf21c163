package org.expensetracker.adapters.persistence;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.UUID;
import org.expensetracker.domain.identity.UserId;
import org.postgresql.PGConnection;
import org.postgresql.PGNotification;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Keeps {@link TokenValidityCache} honest: on a connection of its own (outside the pool) it LISTENs
 * on the channel the {@code users} triggers notify (V80) and evicts each user named there. Every
 * {@code heartbeat} it notifies itself; the cache is on only while the last such ping came back in
 * time and ran in the listening session. A lost connection or a stalled session turns it off within
 * about two heartbeats, a pooler that runs the listener's statements in several sessions keeps it
 * off, and while off every request reads the database.
 */
final class TokenChangeListener implements AutoCloseable {
  static final String CHANNEL = "user_tokens";
  private static final Logger LOG = LoggerFactory.getLogger(TokenChangeListener.class);
  private static final String PING = "ping:";

  /** Opens the listener's connection (auto-commit). */
  @FunctionalInterface
  interface ConnectionFactory {
    Connection open() throws SQLException;
  }

  private final ConnectionFactory connections;
  private final TokenValidityCache cache;
  private final long heartbeatNanos;
  private final String pingPrefix = PING + UUID.randomUUID() + ":";
  private final Thread thread;
  private volatile boolean running = true;
  private volatile Connection current;
  private boolean warned;

  TokenChangeListener(ConnectionFactory connections, TokenValidityCache cache, Duration heartbeat) {
    this.connections = connections;
    this.cache = cache;
    this.heartbeatNanos = heartbeat.toNanos();
    this.thread = new Thread(this::run, "token-cache-listener");
    thread.setDaemon(true);
  }

  void start() {
    thread.start();
  }

  private void run() {
    while (running) {
      try (Connection connection = connections.open()) {
        current = connection;
        listen(connection);
      } catch (SQLException | RuntimeException e) {
        if (running && !warned) {
          // The message only: pgjdbc's never carry the password, and a stack trace helps nobody.
          LOG.warn(
              "Token cache off, every request reads the database: listener on '{}' failed ({}: {})",
              CHANNEL,
              e.getClass().getSimpleName(),
              e.getMessage());
          warned = true;
        }
      } finally {
        cache.turnOff();
        current = null;
      }
      pause(heartbeatNanos);
    }
  }

  private void listen(Connection connection) throws SQLException {
    PGConnection pg = connection.unwrap(PGConnection.class);
    int session;
    try (Statement listen = connection.createStatement()) {
      listen.execute("LISTEN " + CHANNEL);
      try (ResultSet pid = listen.executeQuery("SELECT pg_backend_pid()")) {
        pid.next();
        session = pid.getInt(1);
      }
    }
    long sent = 0;
    long answered = -1;
    long sentAt = System.nanoTime();
    boolean sameSession = oneSession(ping(connection, ++sent), session, true);
    int pollMillis = (int) Math.max(1, heartbeatNanos / 4_000_000);
    while (running) {
      PGNotification[] notifications = pg.getNotifications(pollMillis);
      if (notifications != null) {
        for (PGNotification notification : notifications) {
          String payload = notification.getParameter();
          if (payload.equals(pingPrefix + sent)) {
            answered = sent;
          } else if (!payload.startsWith(PING)) { // other instances' pings are theirs
            forget(payload);
          }
        }
      }
      if (answered == sent && sameSession && !cache.isOn()) {
        cache.turnOn();
        if (warned) {
          LOG.info("Token cache on again: listening on '{}'", CHANNEL);
          warned = false;
        }
      }
      if (System.nanoTime() - sentAt >= heartbeatNanos) {
        if (answered != sent) {
          cache.turnOff(); // the last ping is late: notifications may be lost too
        }
        sentAt = System.nanoTime();
        sameSession = oneSession(ping(connection, ++sent), session, sameSession);
      }
    }
  }

  private void forget(String payload) {
    if (payload.isEmpty()) {
      cache.clear(); // TRUNCATE
      return;
    }
    try {
      cache.evict(new UserId(UUID.fromString(payload)));
    } catch (IllegalArgumentException e) {
      cache.clear(); // not ours to understand: forget everyone rather than guess
    }
  }

  /** Whether the ping ran in the listening session; the cache stays off for good once not. */
  private boolean oneSession(int pinged, int session, boolean sofar) {
    if (pinged == session || !sofar) {
      return sofar;
    }
    cache.turnOff();
    LOG.warn(
        "Token cache off: the listener's statements run in more than one session (a pooler in"
            + " transaction mode?), so notifications on '{}' may be lost",
        CHANNEL);
    return false;
  }

  /** Notifies this listener and returns the backend that sent it. */
  private int ping(Connection connection, long n) throws SQLException {
    try (PreparedStatement ping =
        connection.prepareStatement("SELECT pg_backend_pid() FROM pg_notify(?, ?)")) {
      ping.setString(1, CHANNEL);
      ping.setString(2, pingPrefix + n);
      try (ResultSet pid = ping.executeQuery()) {
        pid.next();
        return pid.getInt(1);
      }
    }
  }

  private void pause(long nanos) {
    try {
      Thread.sleep(nanos / 1_000_000);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      running = false;
    }
  }

  /** Stops listening; the cache is off afterwards. */
  @Override
  public void close() {
    running = false;
    thread.interrupt();
    Connection connection = current;
    if (connection != null) {
      try {
        connection.close(); // unblocks a waiting getNotifications
      } catch (SQLException e) {
        // closing anyway
      }
    }
    try {
      thread.join(2_000);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
    cache.turnOff();
  }
}
