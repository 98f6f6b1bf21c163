package org.expensetracker.domain.identity;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * At most {@code max} events per sliding {@code window}, counted per key (an account or a client
 * address) under the limit's {@code name}.
 */
public record RateLimit(String name, int max, Duration window) {
  public RateLimit {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(window, "window");
    if (max < 1) {
      throw new IllegalArgumentException("max must be at least 1");
    }
    if (window.isNegative() || window.isZero()) {
      throw new IllegalArgumentException("window must be positive");
    }
  }

  /** The storage key of this limit for {@code subject}. */
  public String keyFor(String subject) {
    return name + ":" + subject;
  }

  /** Events at or before this no longer count (the window is {@code (now - window, now]}). */
  public Instant windowStart(Instant now) {
    return now.minus(window);
  }

  /**
   * Given the events still in the window (oldest first), how long until one more is allowed; empty
   * when it is allowed now. Whole seconds, rounded up and at least one, so a client is never
   * invited to retry too early.
   */
  public Optional<Duration> retryAfter(List<Instant> recentOldestFirst, Instant now) {
    int count = recentOldestFirst.size();
    if (count < max) {
      return Optional.empty();
    }
    // One more is allowed once enough of the oldest events have left the window.
    Instant freedAt = recentOldestFirst.get(count - max).plus(window);
    long millis = Duration.between(now, freedAt).toMillis();
    long seconds = Math.max(1, (millis + 999) / 1000); // round up: never invite an early retry
    return Optional.of(Duration.ofSeconds(seconds));
  }
}
