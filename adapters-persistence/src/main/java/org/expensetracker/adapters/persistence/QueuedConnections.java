package org.expensetracker.adapters.persistence;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;
import java.time.Duration;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.LongAdder;
import org.jdbi.v3.core.ConnectionFactory;

/**
 * Hands out the pool's connections first come, first served. HikariCP lets a thread that has just
 * arrived take a connection that was returned while others were already waiting for one; when the
 * pool is busy, a waiter can lose that race again and again until its connection timeout ends in a
 * 503, while the mean wait is a fraction of it. A fair semaphore with one permit per pooled
 * connection in front of the pool makes the waiters queue in order instead, so no more threads are
 * ever inside the pool than it has connections, and the wait is bounded by the queue ahead. The
 * timeout bounds the whole wait, in the queue and in the pool.
 */
final class QueuedConnections implements ConnectionFactory {
  /** The pool behind the queue, asked to wait at most the given time for a connection. */
  @FunctionalInterface
  interface Pool {
    Connection connection(long timeoutMillis) throws SQLException;
  }

  private final Pool pool;
  private final Semaphore permits;
  private final long timeoutNanos;
  private final LongAdder timeouts = new LongAdder();

  QueuedConnections(Pool pool, int size, Duration timeout) {
    if (size < 1) {
      throw new IllegalArgumentException("size must be at least 1");
    }
    this.pool = pool;
    this.permits = new Semaphore(size, true);
    this.timeoutNanos = timeout.toNanos();
  }

  /**
   * A connection within the timeout, counting the wait in the queue and the pool's together: the
   * pool only gets what the queue left (while the database is away it has none to hand out, and
   * would otherwise wait its whole timeout again).
   */
  @Override
  public Connection openConnection() throws SQLException {
    long start = System.nanoTime();
    try {
      if (!permits.tryAcquire(timeoutNanos, TimeUnit.NANOSECONDS)) {
        timeouts.increment();
        // The same type HikariCP throws on its own timeout: StorageErrors makes both a 503.
        throw new SQLTransientConnectionException(
            "No database connection free within "
                + Duration.ofNanos(timeoutNanos).toMillis()
                + " ms");
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new SQLTransientConnectionException("Interrupted while waiting for a connection", e);
    }
    long left = timeoutNanos - (System.nanoTime() - start);
    try {
      return pool.connection(Math.max(0, TimeUnit.NANOSECONDS.toMillis(left)));
    } catch (SQLException | RuntimeException e) {
      permits.release();
      throw e;
    }
  }

  @Override
  public void closeConnection(Connection connection) throws SQLException {
    try {
      connection.close();
    } finally {
      permits.release();
    }
  }

  /** Threads waiting for a connection now (an estimate, as the JDK's queue length is). */
  int waiting() {
    return permits.getQueueLength();
  }

  /** Waits that ended without a connection since start. */
  long timedOut() {
    return timeouts.sum();
  }
}
