package org.expensetracker.adapters.persistence;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Supplier;
import org.expensetracker.application.port.out.RateLimits;

/** {@link RateLimits} on {@code rate_limit_events}. */
final class JdbiRateLimits implements RateLimits {
  /**
   * First half of the two-part advisory lock keys taken here ("RATE"), so they never meet another
   * use of advisory locks (Flyway's are one-part keys, a space of their own).
   */
  private static final int LOCK_SPACE = 0x52415445;

  private static final int STRIPES = 64;

  private final JdbiTransactions tx;
  private final ReentrantLock[] stripes = new ReentrantLock[STRIPES];

  JdbiRateLimits(JdbiTransactions tx) {
    this.tx = tx;
    for (int i = 0; i < STRIPES; i++) {
      stripes[i] = new ReentrantLock(true); // first come, first served, as the database's
    }
  }

  @Override
  public List<Instant> recent(String key, Instant after) {
    return tx.withHandle(
        h ->
            h.createQuery(
                    "SELECT at FROM rate_limit_events WHERE key = :key AND at > :after ORDER BY at")
                .bind("key", key)
                .bind("after", after)
                .mapTo(Instant.class)
                .list());
  }

  @Override
  public void record(String key, Instant at, Instant forget) {
    tx.withHandle(
        h ->
            h.createUpdate(
                    """
                    WITH forgotten AS (
                      DELETE FROM rate_limit_events WHERE key = :key AND at < :forget
                    )
                    INSERT INTO rate_limit_events (key, at) VALUES (:key, :at)
                    """)
                .bind("key", key)
                .bind("at", at)
                .bind("forget", forget)
                .execute());
  }

  /**
   * Several events of one key can share an instant (times are cut to the millisecond), and their
   * forgets can run at once. Without a lock they would all pick the same row, and all but one then
   * delete nothing once it is gone. {@code FOR UPDATE SKIP LOCKED} makes each take a row no other
   * forget holds (a row deleted meanwhile by a committed one is passed over too), and {@code =}
   * keeps the subquery a one-off InitPlan, evaluated once.
   */
  @Override
  public void forget(String key, Instant at) {
    tx.withHandle(
        h ->
            h.createUpdate(
                    """
                    DELETE FROM rate_limit_events
                     WHERE ctid = (SELECT ctid FROM rate_limit_events
                                    WHERE key = :key AND at = :at
                                    LIMIT 1 FOR UPDATE SKIP LOCKED)
                    """)
                .bind("key", key)
                .bind("at", at)
                .execute());
  }

  /**
   * In a transaction (or the caller's): one transaction-scoped advisory lock per key, all taken by
   * one statement in the order of their lock ids, so two calls naming the same keys in another
   * order cannot deadlock; a hash collision between two keys only makes them wait for each other.
   *
   * <p>Outside a transaction, callers of this instance first queue for the keys' stripes in memory:
   * a waiter for the advisory lock holds a pooled connection for as long as it waits, and all
   * logins from behind one proxy, or for one account, share a key. Stripes are taken in index order
   * too, and before any advisory lock, so the two kinds of lock cannot wait on each other. Inside a
   * caller's transaction, which may hold advisory locks of its own already, the stripes are
   * skipped.
   */
  @Override
  public <T> T locked(Collection<String> keys, Supplier<T> work) {
    if (tx.isOpen()) {
      return lockedInDatabase(keys, work);
    }
    int[] taken =
        keys.stream()
            .mapToInt(key -> Math.floorMod(key.hashCode(), stripes.length))
            .distinct()
            .sorted()
            .toArray();
    for (int stripe : taken) {
      stripes[stripe].lock();
    }
    try {
      return lockedInDatabase(keys, work);
    } finally {
      for (int i = taken.length - 1; i >= 0; i--) {
        stripes[taken[i]].unlock();
      }
    }
  }

  private <T> T lockedInDatabase(Collection<String> keys, Supplier<T> work) {
    return tx.inTransaction(
        () -> {
          tx.withHandle(
              h ->
                  h.createQuery(
                          """
                          SELECT count(pg_advisory_xact_lock(:space, id))
                            FROM (SELECT DISTINCT hashtext(key) AS id
                                    FROM unnest(:keys) AS key ORDER BY id) AS ordered
                          """)
                      .bind("space", LOCK_SPACE)
                      .bindArray("keys", String.class, keys)
                      .mapTo(Long.class)
                      .one());
          return work.get();
        });
  }
}
