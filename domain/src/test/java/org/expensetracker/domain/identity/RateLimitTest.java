package org.expensetracker.domain.identity;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class RateLimitTest {
  private static final Instant NOW = Instant.parse("2025-03-01T10:00:00Z");
  private final RateLimit limit = new RateLimit("login", 3, Duration.ofMinutes(15));

  @Test
  void belowTheMaximumTheNextEventIsAllowed() {
    assertThat(limit.retryAfter(List.of(), NOW)).isEmpty();
    assertThat(limit.retryAfter(List.of(NOW.minusSeconds(10), NOW.minusSeconds(5)), NOW)).isEmpty();
  }

  @Test
  void atTheMaximumTheWaitLastsUntilTheOldestLeavesTheWindow() {
    List<Instant> events =
        List.of(NOW.minusSeconds(600), NOW.minusSeconds(300), NOW.minusSeconds(1));

    assertThat(limit.retryAfter(events, NOW)).contains(Duration.ofSeconds(300));
  }

  @Test
  void overTheMaximumEnoughEventsMustLeave() {
    List<Instant> events =
        List.of(
            NOW.minusSeconds(800),
            NOW.minusSeconds(600),
            NOW.minusSeconds(300),
            NOW.minusSeconds(1));

    assertThat(limit.retryAfter(events, NOW)).contains(Duration.ofSeconds(300));
  }

  @Test
  void theWaitIsRoundedUpToWholeSecondsAndNeverZero() {
    List<Instant> events =
        List.of(
            NOW.minus(Duration.ofMinutes(15)).plusMillis(1500),
            NOW.minusSeconds(2),
            NOW.minusSeconds(1));

    assertThat(limit.retryAfter(events, NOW)).contains(Duration.ofSeconds(2));
    assertThat(limit.retryAfter(List.of(NOW.minus(Duration.ofMinutes(15)), NOW, NOW), NOW))
        .contains(Duration.ofSeconds(1));
  }

  @Test
  void keysSeparateLimitsAndSubjects() {
    assertThat(limit.keyFor("ada@example.com")).isEqualTo("login:ada@example.com");
  }
}
