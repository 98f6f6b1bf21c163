package org.expensetracker.adapters.http;

import io.javalin.http.Context;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Counts the requests being served now, leaving out those that only wait for a password check on
 * threads of their own. The password hasher lets logins take fewer cores while it is above zero
 * (docs/performance.md), so a burst of logins does not double every other request's latency.
 */
public final class RequestsInFlight {
  private static final String COUNTED = RequestsInFlight.class.getName();

  private final AtomicInteger count = new AtomicInteger();

  /** Requests counted now. */
  public int count() {
    return count.get();
  }

  void enter(Context ctx) {
    ctx.attribute(COUNTED, Boolean.TRUE);
    count.incrementAndGet();
  }

  /**
   * Stops counting {@code ctx}, once however often it is called: when the request ends, or earlier
   * when it hands itself to the password threads.
   */
  void leave(Context ctx) {
    if (ctx.attribute(COUNTED) != null) {
      ctx.attribute(COUNTED, null);
      count.decrementAndGet();
    }
  }
}
