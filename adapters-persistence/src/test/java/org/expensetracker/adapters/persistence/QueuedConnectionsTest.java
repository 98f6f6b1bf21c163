package org.expensetracker.adapters.persistence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

class QueuedConnectionsTest {
  private final FakePool pool = new FakePool();

  @Test
  void aConnectionReturnedWhileOthersWaitGoesToTheFirstWaiterNotToANewcomer() throws Exception {
    QueuedConnections connections = new QueuedConnections(pool, 1, Duration.ofSeconds(5));
    List<String> order = new CopyOnWriteArrayList<>();
    Connection held = connections.openConnection();
    Thread waiter =
        start(
            () -> {
              try {
                Connection c = connections.openConnection();
                order.add("waiter");
                Thread.sleep(50);
                connections.closeConnection(c);
              } catch (Exception e) {
                order.add("waiter failed: " + e);
              }
            });
    awaitWaiting(connections, 1);

    // The thread that just gave its connection back asks again at once: it must queue behind.
    connections.closeConnection(held);
    Connection again = connections.openConnection();
    order.add("newcomer");
    connections.closeConnection(again);
    waiter.join(5_000);

    assertThat(order).containsExactly("waiter", "newcomer");
  }

  @Test
  void waitersAreServedInTheOrderTheyArrived() throws Exception {
    QueuedConnections connections = new QueuedConnections(pool, 1, Duration.ofSeconds(5));
    Connection held = connections.openConnection();
    List<Integer> served = new CopyOnWriteArrayList<>();
    Thread[] waiters = new Thread[6];
    for (int i = 0; i < waiters.length; i++) {
      int number = i;
      waiters[i] =
          start(
              () -> {
                try {
                  Connection c = connections.openConnection();
                  served.add(number);
                  connections.closeConnection(c);
                } catch (SQLException e) {
                  served.add(-1);
                }
              });
      awaitWaiting(connections, i + 1);
    }

    connections.closeConnection(held);
    for (Thread waiter : waiters) {
      waiter.join(5_000);
    }

    assertThat(served).containsExactly(0, 1, 2, 3, 4, 5);
  }

  @Test
  void noFreeConnectionWithinTheTimeoutIsTheTransientErrorThatMeans503() throws Exception {
    QueuedConnections connections = new QueuedConnections(pool, 1, Duration.ofMillis(200));
    Connection held = connections.openConnection();
    long start = System.nanoTime();

    assertThatThrownBy(connections::openConnection)
        .isInstanceOf(SQLTransientConnectionException.class)
        .satisfies(e -> assertThat(StorageErrors.isUnavailable(e)).isTrue());
    assertThat(TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start)).isBetween(150L, 3_000L);
    assertThat(connections.timedOut()).isEqualTo(1);

    connections.closeConnection(held);
    connections.closeConnection(connections.openConnection());
  }

  @Test
  void theWaitInTheQueueAndInThePoolTogetherStayWithinTheTimeout() throws Exception {
    QueuedConnections connections = new QueuedConnections(pool, 1, Duration.ofMillis(1_000));
    Connection held = connections.openConnection();
    pool.down.set(true); // as while the database is away: the pool waits all it is given
    long[] waited = new long[1];
    Thread waiter =
        start(
            () -> {
              long start = System.nanoTime();
              try {
                connections.openConnection();
              } catch (SQLException expected) {
                waited[0] = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start);
              }
            });
    awaitWaiting(connections, 1);
    long queued = System.nanoTime(); // the waiter's clock started before this
    Thread.sleep(400);
    long released = System.nanoTime(); // and what it hands the pool is measured after this
    connections.closeConnection(held);
    waiter.join(5_000);

    // A lower bound of its time in the queue however the threads are scheduled, so at most the
    // rest of the timeout may be left for the pool (a fresh timeout would be the whole 1,000 ms).
    long surelyQueued = TimeUnit.NANOSECONDS.toMillis(released - queued);
    assertThat(surelyQueued).isGreaterThanOrEqualTo(400);
    assertThat(pool.givenMillis.get()).isBetween(0L, 1_000 - surelyQueued);
    // The whole wait is about the timeout, never about twice it; the upper bound leaves a busy
    // runner room for pauses.
    assertThat(waited[0]).isBetween(900L, 1_800L);
  }

  @Test
  void aPoolThatFailsOrAConnectionThatFailsToCloseGivesItsPlaceBack() throws Exception {
    QueuedConnections connections = new QueuedConnections(pool, 1, Duration.ofMillis(200));
    pool.failNext.set(1);
    assertThatThrownBy(connections::openConnection).hasMessage("pool failed");

    Connection broken = connections.openConnection();
    pool.failClose.set(true);
    assertThatThrownBy(() -> connections.closeConnection(broken)).hasMessage("close failed");
    pool.failClose.set(false);

    Connection next = connections.openConnection(); // would time out if a place had leaked
    connections.closeConnection(next);
    assertThat(pool.closed.get()).isEqualTo(2);
  }

  @Test
  void aPoolNeedsAtLeastOneConnection() {
    assertThatThrownBy(() -> new QueuedConnections(pool, 0, Duration.ofSeconds(1)))
        .isInstanceOf(IllegalArgumentException.class);
  }

  private static Thread start(Runnable work) {
    Thread thread = new Thread(work);
    thread.start();
    return thread;
  }

  private static void awaitWaiting(QueuedConnections connections, int count)
      throws InterruptedException {
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(5);
    while (connections.waiting() < count) {
      if (System.nanoTime() > deadline) {
        throw new AssertionError("expected " + count + " waiting, saw " + connections.waiting());
      }
      Thread.sleep(1);
    }
  }

  /**
   * Hands out connections whose close is counted; fails on request; or, while "down", waits the
   * whole timeout it is given and fails as HikariCP does. Remembers how long it was allowed to
   * wait.
   */
  private static final class FakePool implements QueuedConnections.Pool {
    final AtomicInteger failNext = new AtomicInteger();
    final AtomicBoolean failClose = new AtomicBoolean();
    final AtomicBoolean down = new AtomicBoolean();
    final AtomicInteger closed = new AtomicInteger();
    final AtomicLong givenMillis = new AtomicLong(-1);

    @Override
    public Connection connection(long timeoutMillis) throws SQLException {
      givenMillis.set(timeoutMillis);
      if (down.get()) {
        try {
          Thread.sleep(timeoutMillis);
        } catch (InterruptedException e) {
          Thread.currentThread().interrupt();
        }
        throw new SQLTransientConnectionException("pool timed out");
      }
      if (failNext.getAndUpdate(n -> Math.max(0, n - 1)) > 0) {
        throw new SQLException("pool failed");
      }
      return (Connection)
          Proxy.newProxyInstance(
              Connection.class.getClassLoader(),
              new Class<?>[] {Connection.class},
              (proxy, method, args) -> {
                if (method.getName().equals("close")) {
                  closed.incrementAndGet();
                  if (failClose.get()) {
                    throw new SQLException("close failed");
                  }
                }
                return null;
              });
    }
  }
}
