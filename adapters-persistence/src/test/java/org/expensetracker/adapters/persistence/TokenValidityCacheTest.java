package org.expensetracker.adapters.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import org.expensetracker.domain.identity.TokenValidity;
import org.expensetracker.domain.identity.UserId;
import org.junit.jupiter.api.Test;

class TokenValidityCacheTest {
  private static final TokenValidity OLD =
      new TokenValidity(true, Instant.parse("2026-01-01T00:00:00Z"));
  private final AtomicLong nanos = new AtomicLong();
  private final TokenValidityCache cache =
      new TokenValidityCache(3, Duration.ofSeconds(30), nanos::get);
  private final UserId ada = new UserId(UUID.randomUUID());
  private final AtomicInteger loads = new AtomicInteger();

  private Optional<TokenValidity> load(UserId user) {
    loads.incrementAndGet();
    return Optional.of(OLD);
  }

  @Test
  void whileOffEveryCallReads() {
    cache.get(ada, this::load);
    cache.get(ada, this::load);

    assertThat(loads).hasValue(2);
    assertThat(cache.size()).isZero();
  }

  @Test
  void whileOnASecondCallIsServedFromMemoryUntilTheUserIsEvicted() {
    cache.turnOn();
    cache.get(ada, this::load);
    cache.get(ada, this::load);
    assertThat(loads).hasValue(1);

    cache.evict(ada);
    cache.get(ada, this::load);
    assertThat(loads).hasValue(2);
  }

  @Test
  void anEntryIsReadAgainOnceItIsOlderThanTheMaximumAge() {
    cache.turnOn();
    cache.get(ada, this::load);
    nanos.addAndGet(Duration.ofSeconds(29).toNanos());
    cache.get(ada, this::load);
    assertThat(loads).hasValue(1);

    nanos.addAndGet(Duration.ofSeconds(1).toNanos());
    cache.get(ada, this::load);
    assertThat(loads).hasValue(2);
  }

  @Test
  void aReadThatAnEvictionOvertookIsNotKept() {
    cache.turnOn();
    cache.get(
        ada,
        user -> {
          cache.evict(ada); // the change's notification arrives while the old row is in flight
          return load(user);
        });

    cache.get(ada, this::load);

    assertThat(loads).hasValue(2);
  }

  @Test
  void unknownUsersAreNotKept() {
    cache.turnOn();
    cache.get(ada, user -> Optional.empty());

    assertThat(cache.size()).isZero();
  }

  @Test
  void turningOffForgetsEverythingAndTheSizeIsBounded() {
    cache.turnOn();
    for (int i = 0; i < 10; i++) {
      cache.get(new UserId(UUID.randomUUID()), this::load);
      assertThat(cache.size()).isLessThanOrEqualTo(3);
    }
    cache.get(ada, this::load);

    cache.turnOff();

    assertThat(cache.size()).isZero();
    assertThat(cache.isOn()).isFalse();
  }
}
