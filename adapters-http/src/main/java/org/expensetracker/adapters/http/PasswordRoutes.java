package org.expensetracker.adapters.http;

import io.javalin.http.Context;
import io.javalin.http.Handler;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.SynchronousQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.expensetracker.application.port.out.CapacityExceeded;

/**
 * Serves the routes that check or hash a password (login, registration, password change and reset)
 * on threads of their own, so that a request thread is not held while bcrypt's bounded executor
 * works through its queue. With a small request pool, a few logins would otherwise hold most of it
 * and every other route would wait behind them (docs/performance.md). At most {@code limit} such
 * requests are in flight at once; the next one gets 503 with {@code Retry-After} at once.
 */
final class PasswordRoutes implements AutoCloseable {
  private static final long IDLE_SECONDS = 30;

  private final ThreadPoolExecutor executor;
  private final RequestsInFlight inFlight;

  PasswordRoutes(int limit, RequestsInFlight inFlight) {
    this.inFlight = inFlight;
    AtomicInteger count = new AtomicInteger();
    this.executor =
        new ThreadPoolExecutor(
            limit,
            limit,
            IDLE_SECONDS,
            TimeUnit.SECONDS,
            new SynchronousQueue<>(),
            work -> {
              Thread thread = new Thread(work, "password-route-" + count.incrementAndGet());
              thread.setDaemon(true);
              return thread;
            },
            new ThreadPoolExecutor.AbortPolicy());
    executor.allowCoreThreadTimeOut(true); // an idle server keeps none of these threads
  }

  /**
   * {@code handler} run on this pool. Javalin completes the request when it is done:
   * after-handlers, exception mapping and the request log then run as for any other route.
   */
  Handler offload(Handler handler) {
    return ctx -> {
      inFlight.leave(ctx); // it waits for bcrypt now, which yields to the requests still counted
      ctx.future(() -> submit(handler, ctx));
    };
  }

  private CompletableFuture<Void> submit(Handler handler, Context ctx) {
    try {
      return CompletableFuture.runAsync(() -> run(handler, ctx), executor);
    } catch (RejectedExecutionException full) {
      throw new CapacityExceeded("Every password request slot is busy");
    }
  }

  private static void run(Handler handler, Context ctx) {
    try {
      handler.handle(ctx);
    } catch (RuntimeException e) {
      throw e;
    } catch (Exception e) {
      throw new CompletionException(e); // Javalin unwraps it before mapping the cause
    }
  }

  /** Lets requests in flight finish; takes no new ones. */
  @Override
  public void close() {
    executor.shutdown();
  }
}
