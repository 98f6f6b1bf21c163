package org.expensetracker.application.port.out;

import java.util.function.Supplier;

/**
 * Outgoing port: runs one use case's work atomically. Repository calls made on the same thread
 * inside {@code work} join the transaction; an exception rolls everything back.
 */
public interface Transactions {
  <T> T inTransaction(Supplier<T> work);

  default void run(Runnable work) {
    inTransaction(
        () -> {
          work.run();
          return null;
        });
  }
}
