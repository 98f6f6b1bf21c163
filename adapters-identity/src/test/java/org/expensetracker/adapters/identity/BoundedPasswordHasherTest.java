package org.expensetracker.adapters.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.expensetracker.application.port.out.CapacityExceeded;
import org.expensetracker.application.port.out.PasswordHasher;
import org.expensetracker.domain.identity.Password;
import org.expensetracker.domain.identity.PasswordHash;
import org.junit.jupiter.api.Test;

class BoundedPasswordHasherTest {
  static final Password PASSWORD = Password.present("a long passphrase for the tests", "password");
  static final PasswordHash HASH = new PasswordHash("$2a$12$stored");

  /** Counts how many checks run at once; each takes a while, like bcrypt. */
  static class SlowHasher implements PasswordHasher {
    final AtomicInteger running = new AtomicInteger();
    final AtomicInteger mostAtOnce = new AtomicInteger();
    final List<String> threads = java.util.Collections.synchronizedList(new ArrayList<>());
    volatile CountDownLatch gate;

    @Override
    public PasswordHash hash(Password password) {
      work();
      return new PasswordHash("$2a$12$new");
    }

    @Override
    public boolean matches(Password password, PasswordHash hash) {
      work();
      return hash.equals(HASH);
    }

    @Override
    public boolean needsRehash(PasswordHash hash) {
      return false;
    }

    private void work() {
      mostAtOnce.accumulateAndGet(running.incrementAndGet(), Math::max);
      threads.add(Thread.currentThread().getName());
      try {
        if (gate != null) {
          gate.await(10, TimeUnit.SECONDS);
        } else {
          Thread.sleep(30);
        }
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      } finally {
        running.decrementAndGet();
      }
    }
  }

  @Test
  void runsAtMostItsThreadsAtOnceAndAnswersEveryCaller() throws Exception {
    SlowHasher slow = new SlowHasher();
    BoundedPasswordHasher bounded = new BoundedPasswordHasher(slow, 2, 16);
    ExecutorService callers = Executors.newFixedThreadPool(8);
    List<Future<Boolean>> answers = new ArrayList<>();
    for (int i = 0; i < 16; i++) {
      PasswordHash hash = i % 2 == 0 ? HASH : new PasswordHash("$2a$12$other");
      answers.add(callers.submit(() -> bounded.matches(PASSWORD, hash)));
    }
    for (int i = 0; i < answers.size(); i++) {
      assertThat(answers.get(i).get(10, TimeUnit.SECONDS)).isEqualTo(i % 2 == 0);
    }
    callers.shutdown();
    assertThat(slow.mostAtOnce.get()).isEqualTo(2);
    assertThat(slow.threads).allMatch(name -> name.startsWith("password-hashing-"));
    bounded.close();
  }

  @Test
  void whileOtherRequestsAreServedHalfTheThreadsCheckAtOnce() throws Exception {
    SlowHasher slow = new SlowHasher();
    BoundedPasswordHasher bounded = new BoundedPasswordHasher(slow, 4, 16, () -> 3);
    ExecutorService callers = Executors.newFixedThreadPool(8);
    List<Future<Boolean>> answers = new ArrayList<>();
    for (int i = 0; i < 12; i++) {
      answers.add(callers.submit(() -> bounded.matches(PASSWORD, HASH)));
    }
    for (Future<Boolean> answer : answers) {
      assertThat(answer.get(10, TimeUnit.SECONDS)).isTrue();
    }
    callers.shutdown();
    assertThat(slow.mostAtOnce.get()).isEqualTo(2);
    bounded.close();
  }

  @Test
  void aWaitingCheckStartsOnceTheOtherRequestsAreDone() throws Exception {
    SlowHasher slow = new SlowHasher();
    slow.gate = new CountDownLatch(1);
    AtomicInteger others = new AtomicInteger(1);
    BoundedPasswordHasher bounded = new BoundedPasswordHasher(slow, 2, 4, others::get);
    ExecutorService callers = Executors.newFixedThreadPool(2);
    Future<Boolean> first = callers.submit(() -> bounded.matches(PASSWORD, HASH));
    Future<Boolean> second = callers.submit(() -> bounded.matches(PASSWORD, HASH));
    Thread.sleep(200);
    assertThat(slow.running.get()).as("checks running beside another request").isEqualTo(1);

    others.set(0);
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(5);
    while (slow.running.get() < 2 && System.nanoTime() < deadline) {
      Thread.sleep(5);
    }
    assertThat(slow.running.get()).as("checks running alone").isEqualTo(2);

    slow.gate.countDown();
    assertThat(first.get(10, TimeUnit.SECONDS)).isTrue();
    assertThat(second.get(10, TimeUnit.SECONDS)).isTrue();
    callers.shutdown();
    bounded.close();
  }

  @Test
  void refusesAtOnceWhenEveryThreadIsBusyAndTheQueueIsFull() throws Exception {
    SlowHasher slow = new SlowHasher();
    slow.gate = new CountDownLatch(1);
    BoundedPasswordHasher bounded = new BoundedPasswordHasher(slow, 1, 1);
    ExecutorService callers = Executors.newFixedThreadPool(2);
    Future<PasswordHash> running = callers.submit(() -> bounded.hash(PASSWORD));
    while (slow.running.get() == 0) {
      Thread.sleep(5);
    }
    Future<PasswordHash> queued = callers.submit(() -> bounded.hash(PASSWORD));
    Thread.sleep(100); // the second call is in the queue now

    long start = System.nanoTime();
    assertThatThrownBy(() -> bounded.matches(PASSWORD, HASH)).isInstanceOf(CapacityExceeded.class);
    assertThat(TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start)).isLessThan(1_000);

    slow.gate.countDown();
    assertThat(running.get(10, TimeUnit.SECONDS).value()).isEqualTo("$2a$12$new");
    assertThat(queued.get(10, TimeUnit.SECONDS).value()).isEqualTo("$2a$12$new");
    assertThat(slow.mostAtOnce.get()).isEqualTo(1);
    callers.shutdown();
    bounded.close();
  }

  @Test
  void theHasherFailuresReachTheCallerUnchanged() {
    PasswordHasher failing =
        new SlowHasher() {
          @Override
          public PasswordHash hash(Password password) {
            throw new IllegalStateException("no entropy");
          }
        };
    BoundedPasswordHasher bounded = new BoundedPasswordHasher(failing, 1, 1);
    assertThatThrownBy(() -> bounded.hash(PASSWORD))
        .isInstanceOf(IllegalStateException.class)
        .hasMessage("no entropy");
    assertThat(bounded.needsRehash(HASH)).isFalse();
    bounded.close();
  }

  @Test
  void refusesAPoolWithoutThreads() {
    assertThatThrownBy(() -> new BoundedPasswordHasher(new SlowHasher(), 0, 4))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
