package org.expensetracker.application.service;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import org.expensetracker.application.port.out.RateLimits;
import org.expensetracker.domain.identity.RateLimit;
import org.expensetracker.domain.shared.TooManyRequests;

/**
 * Applies {@link RateLimit}s to subjects (an address, a client). Every attempt is checked and
 * recorded in one step under the store's lock of its keys, so parallel requests cannot all get
 * through before any is counted; limits on failures record the attempt first and take it back when
 * it succeeds. Runs outside the use case's transaction on purpose: a recorded failure must survive
 * the error that follows it.
 */
final class Throttle {
  private final RateLimits store;
  private final Now now;

  Throttle(RateLimits store, Now now) {
    this.store = store;
    this.now = now;
  }

  /** One limit applied to one subject. */
  record Counter(RateLimit limit, String subject) {
    String key() {
      return limit.keyFor(subject);
    }
  }

  /** One event an admission recorded. */
  private record Event(String key, Instant at) {}

  /** The events one admission recorded (one under each counter), or several admissions joined. */
  final class Admission {
    private final List<Event> events;

    private Admission(List<Event> events) {
      this.events = List.copyOf(events);
    }

    private Admission(Instant at, Counter... counters) {
      this(Arrays.stream(counters).map(counter -> new Event(counter.key(), at)).toList());
    }

    /** This admission's events and {@code other}'s, settled together. */
    Admission and(Admission other) {
      List<Event> both = new ArrayList<>(events);
      both.addAll(other.events);
      return new Admission(both);
    }

    /** Takes the events back: the attempt turned out not to count. */
    void forgive() {
      for (Event event : events) {
        store.forget(event.key(), event.at());
      }
    }

    /**
     * For limits on failures: runs {@code attempt}, which is empty when it failed. A failure keeps
     * the events; a success, or an error that is no verdict (a 503), takes them back.
     */
    <T> Optional<T> countFailure(Supplier<Optional<T>> attempt) {
      Optional<T> outcome;
      try {
        outcome = attempt.get();
      } catch (RuntimeException e) {
        try {
          forgive();
        } catch (RuntimeException alsoFailed) {
          e.addSuppressed(alsoFailed);
        }
        throw e;
      }
      if (outcome.isPresent()) {
        forgive();
      }
      return outcome;
    }
  }

  /**
   * Counts one event on every counter, or none and 429 with the longest wait when any counter is
   * exhausted; the check and the record are atomic per key.
   */
  Admission admit(Counter... counters) {
    Decision decision = checkAndRecord(counters);
    if (decision.retryAfter().isPresent()) {
      throw new TooManyRequests("Too many attempts; try again later", decision.retryAfter().get());
    }
    return new Admission(decision.at(), counters);
  }

  /** As {@link #admit}, but empty instead of 429 when a counter is exhausted. */
  Optional<Admission> tryAdmit(Counter... counters) {
    Decision decision = checkAndRecord(counters);
    return decision.retryAfter().isPresent()
        ? Optional.empty()
        : Optional.of(new Admission(decision.at(), counters));
  }

  /** When the counters were checked, and the longest wait (empty: admitted and recorded). */
  private record Decision(Instant at, Optional<Duration> retryAfter) {}

  /**
   * Under the counters' locks: the longest wait, or (none exhausted) one event recorded on each.
   * The time is read once the locks are held, so events are recorded in the order they were let in
   * and a wait is never counted from a time before the event it waits for.
   */
  private Decision checkAndRecord(Counter... counters) {
    List<String> keys = new ArrayList<>();
    for (Counter counter : counters) {
      keys.add(counter.key());
    }
    return store.locked(
        keys,
        () -> {
          Instant at = now.instant();
          Duration longest = null;
          for (Counter counter : counters) {
            RateLimit limit = counter.limit();
            Optional<Duration> wait =
                limit.retryAfter(store.recent(counter.key(), limit.windowStart(at)), at);
            if (wait.isPresent() && (longest == null || wait.get().compareTo(longest) > 0)) {
              longest = wait.get();
            }
          }
          if (longest == null) {
            for (Counter counter : counters) {
              store.record(counter.key(), at, counter.limit().windowStart(at));
            }
          }
          return new Decision(at, Optional.ofNullable(longest));
        });
  }
}
