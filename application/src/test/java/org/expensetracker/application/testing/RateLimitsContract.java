package org.expensetracker.application.testing;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.function.IntFunction;
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

  @Test
  void forgetTakesBackOneEventAtThatTime() {
    String key = key();
    limits().record(key, T0, T0);
    limits().record(key, T0, T0);
    limits().record(key, T0.plusSeconds(10), T0);

    limits().forget(key, T0);
    limits().forget(key, T0.plusSeconds(99)); // nothing recorded then: nothing happens

    assertThat(limits().recent(key, T0.minusSeconds(1))).containsExactly(T0, T0.plusSeconds(10));
  }

  /**
   * Times are cut to the millisecond, so several admissions of one key can share an instant, and
   * their forgiveness can come at once: each must take back an event of its own. A race shows only
   * in some rounds, hence several.
   */
  @Test
  void parallelForgetsOfOneInstantEachTakeBackADifferentEvent() throws Exception {
    int parallel = 16;
    for (int round = 0; round < 10; round++) {
      String all = key();
      String allButTwo = key();
      for (int i = 0; i < parallel; i++) {
        limits().record(all, T0, T0);
        limits().record(allButTwo, T0, T0);
      }
      limits().record(allButTwo, T0, T0);
      limits().record(allButTwo, T0, T0);

      inParallel(
          2 * parallel,
          i -> {
            limits().forget(i % 2 == 0 ? all : allButTwo, T0);
            return true;
          });

      assertThat(limits().recent(all, T0.minusSeconds(1))).as("round %d", round).isEmpty();
      assertThat(limits().recent(allButTwo, T0.minusSeconds(1)))
          .as("round %d", round)
          .containsExactly(T0, T0);
    }
  }

  @Test
  void aCheckAndARecordUnderTheLockAreOneStepForParallelCallers() throws Exception {
    String key = key();
    List<Boolean> admitted =
        inParallel(
            20,
            i ->
                limits()
                    .locked(
                        List.of(key),
                        () -> {
                          if (!limits().recent(key, T0.minusSeconds(1)).isEmpty()) {
                            return false;
                          }
                          pause(); // every other caller would count nothing meanwhile
                          limits().record(key, T0, T0.minusSeconds(1));
                          return true;
                        }));

    assertThat(admitted).containsOnlyOnce(true);
    assertThat(limits().recent(key, T0.minusSeconds(1))).hasSize(1);
  }

  @Test
  void lockingTheSameKeysInAnyOrderNeverDeadlocks() throws Exception {
    List<String> keys = List.of(key(), key(), key());
    List<Boolean> done =
        inParallel(
            12,
            i -> {
              List<String> order = new ArrayList<>(keys);
              Collections.rotate(order, i);
              return limits()
                  .locked(
                      order,
                      () -> {
                        pause();
                        order.forEach(k -> limits().record(k, T0, T0));
                        return true;
                      });
            });

    assertThat(done).hasSize(12).containsOnly(true);
    keys.forEach(k -> assertThat(limits().recent(k, T0.minusSeconds(1))).hasSize(12));
  }

  private static void pause() {
    try {
      Thread.sleep(10);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  /** Runs {@code call(0..n-1)} on n threads released together; their results, in order. */
  private static <T> List<T> inParallel(int n, IntFunction<T> call) throws Exception {
    ExecutorService threads = Executors.newFixedThreadPool(n);
    try {
      CountDownLatch start = new CountDownLatch(1);
      List<Future<T>> futures = new ArrayList<>();
      for (int i = 0; i < n; i++) {
        int index = i;
        futures.add(
            threads.submit(
                () -> {
                  start.await();
                  return call.apply(index);
                }));
      }
      start.countDown();
      List<T> results = new ArrayList<>();
      for (Future<T> future : futures) {
        results.add(future.get(30, TimeUnit.SECONDS));
      }
      return results;
    } finally {
      threads.shutdownNow();
    }
  }
}
