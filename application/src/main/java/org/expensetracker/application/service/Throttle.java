package org.expensetracker.application.service;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.expensetracker.application.port.out.RateLimits;
import org.expensetracker.domain.identity.RateLimit;
import org.expensetracker.domain.shared.TooManyRequests;

/**
 * Applies {@link RateLimit}s to subjects (an address, a client). Runs outside the use case's
 * transaction on purpose: a recorded failure must survive the error that follows it.
 */
final class Throttle {
  private final RateLimits store;
  private final Now now;

  Throttle(RateLimits store, Now now) {
    this.store = store;
    this.now = now;
  }

  /** One limit applied to one subject. */
  record Counter(RateLimit limit, String subject) {}

  /** Refuses with 429 and the longest wait when any counter is exhausted. */
  void require(Counter... counters) {
    Instant at = now.instant();
    Duration longest = null;
    for (Counter counter : counters) {
      RateLimit limit = counter.limit();
      Optional<Duration> wait =
          limit.retryAfter(
              store.recent(limit.keyFor(counter.subject()), limit.windowStart(at)), at);
      if (wait.isPresent() && (longest == null || wait.get().compareTo(longest) > 0)) {
        longest = wait.get();
      }
    }
    if (longest != null) {
      throw new TooManyRequests("Too many attempts; try again later", longest);
    }
  }

  void record(Counter... counters) {
    Instant at = now.instant();
    for (Counter counter : counters) {
      RateLimit limit = counter.limit();
      store.record(limit.keyFor(counter.subject()), at, limit.windowStart(at));
    }
  }

  /** {@link #require} then {@link #record}: for limits on attempts rather than failures. */
  void admit(Counter... counters) {
    require(counters);
    record(counters);
  }
}
