package org.expensetracker.application.port.out;

import java.util.function.Supplier;

/**
 * Outgoing port: runs one use case's work atomically. Repository calls made on the same thread
 * inside {@code work} join the transaction; an exception rolls everything back.
 */
public interface Transactions {
  <T> T inTransaction(Supplier<T> work);

  /**
   * Runs reads that need no common snapshot (a membership check, then the page it guards) without a
   * transaction: each statement sees what was committed when it started, and an adapter saves the
   * begin/commit round trips. Only for work that writes nothing; inside a transaction it simply
   * joins it, while {@link #inTransaction} inside it is an error (an adapter may refuse it with
   * {@code IllegalStateException}). Adapters with nothing cheaper run it as a transaction.
   */
  default <T> T reading(Supplier<T> work) {
    return inTransaction(work);
  }

  default void run(Runnable work) {
    inTransaction(
        () -> {
          work.run();
          return null;
        });
  }
}
