package org.expensetracker.application.service;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;

/**
 * The current instant to the millisecond: what storage keeps and what tokens carry, so "issued
 * after the password change" compares like with like.
 */
final class Now {
  private final Clock clock;

  Now(Clock clock) {
    this.clock = clock;
  }

  Instant instant() {
    return clock.instant().truncatedTo(ChronoUnit.MILLIS);
  }
}
