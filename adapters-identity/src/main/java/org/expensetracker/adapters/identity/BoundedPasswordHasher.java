package org.expensetracker.adapters.identity;

import java.util.Objects;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.SynchronousQueue;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.IntSupplier;
import org.expensetracker.application.port.out.CapacityExceeded;
import org.expensetracker.application.port.out.PasswordHasher;
import org.expensetracker.domain.identity.Password;
import org.expensetracker.domain.identity.PasswordHash;

/**
 * Runs a slow {@link PasswordHasher} on a fixed number of its own threads, with a bounded queue.
 *
 * <p>A bcrypt check is ~250 ms of pure CPU. Run on request threads, a burst of logins takes every
 * core and everything else waits behind it; on virtual threads it would also pin the few carrier
 * threads. Here at most {@code threads} checks run at once, the next {@code queued} wait their
 * turn, and beyond that a login is refused at once with {@link CapacityExceeded} (503, try again)
 * rather than queueing without limit. The caller's thread waits for its own result, so timing and
 * answers are those of the hasher underneath.
 */
public final class BoundedPasswordHasher implements PasswordHasher, AutoCloseable {
  private final PasswordHasher hasher;
  private final ThreadPoolExecutor executor;
  private final CheckSlots slots;

  /**
   * @param threads checks that may run at the same time (the number of cores lets logins use the
   *     whole machine when nothing else runs; fewer keeps cores for other requests)
   * @param queued checks that may wait for a thread before further ones are refused
   */
  public BoundedPasswordHasher(PasswordHasher hasher, int threads, int queued) {
    this(hasher, threads, queued, () -> 0);
  }

  /**
   * As above, but while {@code otherRequests} counts any, at most half the threads (at least one)
   * check at once: logins then leave the other cores to those requests (docs/performance.md).
   *
   * @param otherRequests requests being served now that are not waiting for a password check
   */
  public BoundedPasswordHasher(
      PasswordHasher hasher, int threads, int queued, IntSupplier otherRequests) {
    this.hasher = Objects.requireNonNull(hasher, "hasher");
    this.slots = new CheckSlots(threads, Objects.requireNonNull(otherRequests, "otherRequests"));
    if (threads < 1 || queued < 0) {
      throw new IllegalArgumentException("need at least one thread and a queue of zero or more");
    }
    this.executor =
        new ThreadPoolExecutor(
            threads,
            threads,
            IDLE_SECONDS,
            TimeUnit.SECONDS,
            queued == 0 ? new SynchronousQueue<>() : new ArrayBlockingQueue<>(queued),
            daemonThreads(),
            new ThreadPoolExecutor.AbortPolicy());
    executor.allowCoreThreadTimeOut(true); // an idle server keeps no hashing threads
  }

  private static final long IDLE_SECONDS = 30;

  @Override
  public PasswordHash hash(Password password) {
    return run(() -> hasher.hash(password));
  }

  @Override
  public boolean matches(Password password, PasswordHash hash) {
    return run(() -> hasher.matches(password, hash));
  }

  @Override
  public boolean needsRehash(PasswordHash hash) {
    return hasher.needsRehash(hash); // reads the cost from the hash: cheap
  }

  private <T> T run(Callable<T> work) {
    Future<T> result;
    try {
      result = executor.submit(() -> inSlot(work));
    } catch (RejectedExecutionException full) {
      throw new CapacityExceeded("Every password check slot is busy");
    }
    try {
      return result.get();
    } catch (InterruptedException e) {
      result.cancel(true);
      Thread.currentThread().interrupt();
      throw new IllegalStateException("Interrupted while checking a password", e);
    } catch (ExecutionException e) {
      if (e.getCause() instanceof RuntimeException runtime) {
        throw runtime;
      }
      throw new IllegalStateException("Password hashing failed", e.getCause());
    }
  }

  private <T> T inSlot(Callable<T> work) throws Exception {
    slots.enter();
    try {
      return work.call();
    } finally {
      slots.leave();
    }
  }

  private static ThreadFactory daemonThreads() {
    AtomicInteger count = new AtomicInteger();
    return work -> {
      Thread thread = new Thread(work, "password-hashing-" + count.incrementAndGet());
      thread.setDaemon(true);
      return thread;
    };
  }

  /** Stops the threads once queued checks are done. */
  @Override
  public void close() {
    executor.shutdown();
  }

  @Override
  public String toString() {
    return "BoundedPasswordHasher["
        + hasher
        + ", threads="
        + executor.getMaximumPoolSize()
        + ", queued="
        + executor.getQueue().remainingCapacity()
        + "]";
  }
}
