package org.expensetracker.application.testing;

import java.time.Duration;
import java.util.function.Predicate;
import java.util.function.Supplier;

/**
 * Waits for what arrives asynchronously (a notification, a listener reconnecting): probes every few
 * milliseconds until the value is {@code done}, and fails the test after {@code patience}.
 */
public final class Eventually {
  private static final long PAUSE_MILLIS = 10;

  private Eventually() {}

  /** The first probed value that is {@code done}. */
  public static <T> T await(String what, Duration patience, Supplier<T> probe, Predicate<T> done) {
    long deadline = System.nanoTime() + patience.toNanos();
    T value = probe.get();
    while (!done.test(value)) {
      if (System.nanoTime() > deadline) {
        throw new AssertionError("Waited " + patience + " for " + what + "; last: " + value);
      }
      try {
        Thread.sleep(PAUSE_MILLIS);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new AssertionError("Interrupted while waiting for " + what, e);
      }
      value = probe.get();
    }
    return value;
  }

  /** Waits until {@code condition} holds. */
  public static void await(String what, Duration patience, Supplier<Boolean> condition) {
    await(what, patience, condition, Boolean::booleanValue);
  }
}
