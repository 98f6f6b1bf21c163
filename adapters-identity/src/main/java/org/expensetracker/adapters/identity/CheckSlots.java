package org.expensetracker.adapters.identity;

import java.util.function.IntSupplier;

/**
 * How many password checks may run at once: every hashing thread while nothing else is being
 * served, half of them (at least one) while other requests are. bcrypt is pure CPU; on a small
 * machine a burst of logins on every core would take the cores from everything else, while logins
 * alone should use all of them. Waiters look again when a check ends and every few milliseconds, so
 * they notice the other requests finishing.
 */
final class CheckSlots {
  private static final long RECHECK_MILLIS = 10;

  private final int alone;
  private final int shared;
  private final IntSupplier otherRequests;
  private int running;

  /**
   * @param threads the most checks that run at once when nothing else is served
   * @param otherRequests requests being served now, not counting those waiting for a check
   */
  CheckSlots(int threads, IntSupplier otherRequests) {
    this.alone = threads;
    this.shared = Math.max(1, threads / 2);
    this.otherRequests = otherRequests;
  }

  synchronized void enter() throws InterruptedException {
    while (running >= limit()) {
      wait(RECHECK_MILLIS);
    }
    running++;
  }

  synchronized void leave() {
    running--;
    notifyAll();
  }

  private int limit() {
    return otherRequests.getAsInt() > 0 ? shared : alone;
  }
}
