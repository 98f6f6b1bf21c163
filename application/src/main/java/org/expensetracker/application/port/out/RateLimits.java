package org.expensetracker.application.port.out;

import java.time.Instant;
import java.util.List;

/**
 * Outgoing port: a log of events per key (for example failed logins of one account), so limits hold
 * across server instances and restarts.
 */
public interface RateLimits {
  /** The times of the events under {@code key} strictly after {@code after}, oldest first. */
  List<Instant> recent(String key, Instant after);

  /** Records one event under {@code key} and forgets that key's events before {@code forget}. */
  void record(String key, Instant at, Instant forget);
}
