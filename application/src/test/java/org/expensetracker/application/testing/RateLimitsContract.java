package org.expensetracker.application.testing;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.UUID;
import org.expensetracker.application.port.out.RateLimits;
import org.junit.jupiter.api.Test;

/** What every {@link RateLimits} implementation must do; subclassed in memory and on PostgreSQL. */
public abstract class RateLimitsContract {
  private static final Instant T0 = Instant.parse("2025-03-01T10:00:00.500Z");

  protected abstract RateLimits limits();

  private static String key() {
    return "test:" + UUID.randomUUID();
  }

  @Test
  void recentListsTheEventsAfterTheGivenTimeOldestFirst() {
    String key = key();
    limits().record(key, T0.plusSeconds(20), T0);
    limits().record(key, T0, T0);
    limits().record(key, T0.plusSeconds(10), T0);

    assertThat(limits().recent(key, T0.plusSeconds(5)))
        .containsExactly(T0.plusSeconds(10), T0.plusSeconds(20));
    assertThat(limits().recent(key, T0.minusMillis(1)))
        .containsExactly(T0, T0.plusSeconds(10), T0.plusSeconds(20));
    assertThat(limits().recent(key, T0)).containsExactly(T0.plusSeconds(10), T0.plusSeconds(20));
  }

  @Test
  void keysAreIndependent() {
    String one = key();
    String other = key();
    limits().record(one, T0, T0);

    assertThat(limits().recent(other, T0.minusSeconds(1))).isEmpty();
    assertThat(limits().recent(one, T0.minusSeconds(1))).hasSize(1);
  }

  @Test
  void recordingForgetsTheKeysOldEvents() {
    String key = key();
    limits().record(key, T0, T0);
    limits().record(key, T0.plusSeconds(100), T0.plusSeconds(50));

    assertThat(limits().recent(key, T0.minusSeconds(1000))).containsExactly(T0.plusSeconds(100));
  }
}
