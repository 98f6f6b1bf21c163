package org.expensetracker.adapters.persistence;

import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Function;
import java.util.function.LongSupplier;
import org.expensetracker.domain.identity.TokenValidity;
import org.expensetracker.domain.identity.UserId;

/**
 * The token validity of recently seen users, so the bearer check of a request needs no round trip
 * (it used to be one query and one pooled connection per request). Only safe while {@link
 * TokenChangeListener} hears every change: it turns the cache on once it listens, and off (which
 * empties it) the moment it may have missed one; while off, every call reads the database.
 *
 * <p>A read that started before an eviction does not store what it read: every eviction or clear
 * moves {@code generation}, and a loaded value is kept only if the generation did not move while it
 * was read. Unknown users are never cached, and every entry is read again after {@code maxAge}.
 */
final class TokenValidityCache {
  private final int maxEntries;
  private final long maxAgeNanos;
  private final LongSupplier nanoClock;
  private final Map<UserId, Entry> entries = new ConcurrentHashMap<>();
  private final AtomicLong generation = new AtomicLong();
  private volatile boolean on;

  /** A cached validity and when it was read ({@link System#nanoTime} scale). */
  private record Entry(TokenValidity validity, long readAt) {}

  /**
   * {@code maxAge} is a backstop only, for a notification lost in a way the listener cannot see:
   * every entry is read again after it.
   */
  TokenValidityCache(int maxEntries, Duration maxAge) {
    this(maxEntries, maxAge, System::nanoTime);
  }

  TokenValidityCache(int maxEntries, Duration maxAge, LongSupplier nanoClock) {
    this.maxEntries = maxEntries;
    this.maxAgeNanos = maxAge.toNanos();
    this.nanoClock = nanoClock;
  }

  Optional<TokenValidity> get(UserId user, Function<UserId, Optional<TokenValidity>> load) {
    if (!on) {
      return load.apply(user);
    }
    Entry cached = entries.get(user);
    long now = nanoClock.getAsLong();
    if (cached != null && now - cached.readAt() < maxAgeNanos) {
      return Optional.of(cached.validity());
    }
    long before = generation.get();
    Optional<TokenValidity> loaded = load.apply(user);
    if (loaded.isPresent() && on && generation.get() == before) {
      if (entries.size() >= maxEntries) {
        clear(); // crude but bounded; a full cache is refilled by the next requests
      } else {
        entries.put(user, new Entry(loaded.get(), now));
        if (generation.get() != before) {
          entries.remove(user); // an eviction raced the put
        }
      }
    }
    return loaded;
  }

  void evict(UserId user) {
    generation.incrementAndGet();
    entries.remove(user);
  }

  void clear() {
    generation.incrementAndGet();
    entries.clear();
  }

  /** Starts serving from memory: call only once every later change will be heard. */
  void turnOn() {
    clear();
    on = true;
  }

  /** Stops serving from memory and forgets everything (changes may have been missed). */
  void turnOff() {
    on = false;
    clear();
  }

  boolean isOn() {
    return on;
  }

  int size() {
    return entries.size();
  }
}
