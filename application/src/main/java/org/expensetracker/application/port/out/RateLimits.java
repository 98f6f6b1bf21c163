package org.expensetracker.application.port.out;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.function.Supplier;

/**
 * Outgoing port: a log of events per key (for example failed logins of one account), so limits hold
 * across server instances and restarts.
 */
public interface RateLimits {
  /** The times of the events under {@code key} strictly after {@code after}, oldest first. */
  List<Instant> recent(String key, Instant after);

  /** Records one event under {@code key} and forgets that key's events before {@code forget}. */
  void record(String key, Instant at, Instant forget);

  /** Forgets one event recorded under {@code key} at {@code at}, if there is one. */
  void forget(String key, Instant at);

  /**
   * Runs {@code work} holding an exclusive lock on each of {@code keys}, so that what it reads with
   * {@link #recent} and records with {@link #record} under them is one atomic step for every thread
   * and server instance: without it, parallel requests all count the events before any of them
   * records one, and all get through. Keys may come in any order; implementations take the locks in
   * an order of their own, so two calls never deadlock.
   */
  <T> T locked(Collection<String> keys, Supplier<T> work);
}
