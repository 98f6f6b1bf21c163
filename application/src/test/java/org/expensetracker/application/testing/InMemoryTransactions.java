package org.expensetracker.application.testing;

import java.util.function.Supplier;
import org.expensetracker.application.port.out.Transactions;

/**
 * In-memory transactions: runs the work under one lock so in-memory repositories see use cases one
 * at a time. Rollback is not modelled; use-case tests that need all-or-nothing run against
 * PostgreSQL.
 */
public final class InMemoryTransactions implements Transactions {
  private final Object lock = new Object();

  @Override
  public <T> T inTransaction(Supplier<T> work) {
    synchronized (lock) {
      return work.get();
    }
  }
}
