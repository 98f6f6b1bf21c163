package org.expensetracker.application.testing;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.expensetracker.application.port.out.RateLimits;

/**
 * In-memory {@link RateLimits}; {@link #locked} holds this store's one lock (every key at once).
 */
public final class InMemoryRateLimits implements RateLimits {
  private final Map<String, List<Instant>> events = new HashMap<>();

  @Override
  public synchronized List<Instant> recent(String key, Instant after) {
    return events.getOrDefault(key, List.of()).stream()
        .filter(at -> at.isAfter(after))
        .sorted()
        .toList();
  }

  @Override
  public synchronized void record(String key, Instant at, Instant forget) {
    List<Instant> list = events.computeIfAbsent(key, k -> new ArrayList<>());
    list.removeIf(old -> old.isBefore(forget));
    list.add(at);
  }

  @Override
  public synchronized void forget(String key, Instant at) {
    events.getOrDefault(key, new ArrayList<>()).remove(at);
  }

  @Override
  public synchronized <T> T locked(Collection<String> keys, Supplier<T> work) {
    return work.get();
  }

  /** Test helper: how many events are kept under {@code key}. */
  public synchronized int stored(String key) {
    return events.getOrDefault(key, List.of()).size();
  }
}
