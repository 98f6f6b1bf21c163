package org.expensetracker.adapters.persistence;

import java.time.Instant;
import java.util.List;
import org.expensetracker.application.port.out.RateLimits;

/** {@link RateLimits} on {@code rate_limit_events}. */
final class JdbiRateLimits implements RateLimits {
  private final JdbiTransactions tx;

  JdbiRateLimits(JdbiTransactions tx) {
    this.tx = tx;
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
}
