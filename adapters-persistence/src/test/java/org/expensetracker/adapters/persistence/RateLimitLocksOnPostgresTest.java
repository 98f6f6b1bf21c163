package org.expensetracker.adapters.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.expensetracker.adapters.persistence.testing.PostgresTest;
import org.expensetracker.adapters.persistence.testing.TestDatabase;
import org.expensetracker.application.port.out.RateLimits;
import org.junit.jupiter.api.Test;

/** Callers waiting for a rate limit's lock leave the pool's connections to everyone else. */
@PostgresTest
class RateLimitLocksOnPostgresTest {
  @Test
  void waitersForAHotKeyHoldNoPooledConnection() throws Exception {
    try (PostgresStorage storage = PostgresStorage.start(TestDatabase.settings().withPoolSize(2))) {
      RateLimits limits = storage.rateLimits();
      String hot = "test:hot:" + UUID.randomUUID();
      CountDownLatch holding = new CountDownLatch(1);
      CountDownLatch release = new CountDownLatch(1);
      CompletableFuture<Boolean> holder =
          CompletableFuture.supplyAsync(
              () ->
                  limits.locked(
                      List.of(hot),
                      () -> {
                        holding.countDown();
                        await(release);
                        return true;
                      }));
      assertThat(holding.await(10, TimeUnit.SECONDS)).isTrue();
      List<CompletableFuture<Boolean>> waiters = new ArrayList<>();
      for (int i = 0; i < 3; i++) {
        waiters.add(CompletableFuture.supplyAsync(() -> limits.locked(List.of(hot), () -> true)));
      }
      Thread.sleep(200); // the waiters are queued for the key by now

      // The one connection the holder leaves free is still there for someone else.
      long start = System.nanoTime();
      assertThat(limits.recent("test:other:" + UUID.randomUUID(), Instant.EPOCH)).isEmpty();
      assertThat(TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start)).isLessThan(1_000);

      release.countDown();
      assertThat(holder.get(10, TimeUnit.SECONDS)).isTrue();
      for (CompletableFuture<Boolean> waiter : waiters) {
        assertThat(waiter.get(10, TimeUnit.SECONDS)).isTrue();
      }
    }
  }

  private static void await(CountDownLatch latch) {
    try {
      latch.await(10, TimeUnit.SECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }
}
