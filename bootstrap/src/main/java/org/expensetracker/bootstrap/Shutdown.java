package org.expensetracker.bootstrap;

import java.util.concurrent.atomic.AtomicBoolean;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import sun.misc.Signal;

/**
 * Stops the server once on SIGTERM or SIGINT and then exits 0. A JVM shutdown hook alone would stop
 * it too, but the JVM then reports 143 (killed by a signal) and runs every other hook, such as a
 * library's, at the same time as ours; handling the signal keeps the order: HTTP (in-flight
 * requests finish), mail queue, pool, database, then exit.
 */
final class Shutdown {
  private static final Logger log = LoggerFactory.getLogger(Shutdown.class);

  private final Runnable stop;
  private final AtomicBoolean done = new AtomicBoolean();

  private Shutdown(Runnable stop) {
    this.stop = stop;
  }

  /** Installs the signal handlers and, for any other way the JVM ends, a shutdown hook. */
  static void install(Runnable stop) {
    Shutdown shutdown = new Shutdown(stop);
    Runtime.getRuntime().addShutdownHook(new Thread(shutdown::stopOnce, "shutdown"));
    for (String name : new String[] {"TERM", "INT"}) {
      try {
        Signal.handle(
            new Signal(name),
            signal -> {
              log.info("SIG{} received: stopping", signal.getName());
              System.exit(shutdown.stopOnce() ? 0 : 1);
            });
      } catch (IllegalArgumentException e) {
        // The signal is reserved (e.g. -Xrs): the shutdown hook still stops everything.
        log.debug("Cannot handle SIG{}: {}", name, e.getMessage());
      }
    }
  }

  /** Runs the stop the first time it is called; false if that stop failed. */
  private boolean stopOnce() {
    if (!done.compareAndSet(false, true)) {
      return true;
    }
    long started = System.nanoTime();
    try {
      stop.run();
      log.info("Stopped in {} ms", (System.nanoTime() - started) / 1_000_000);
      return true;
    } catch (RuntimeException e) {
      log.error("Stopping failed", e);
      return false;
    }
  }
}
