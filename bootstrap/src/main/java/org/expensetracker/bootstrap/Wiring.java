package org.expensetracker.bootstrap;

import org.expensetracker.adapters.persistence.PostgresStorage;
import org.expensetracker.application.ExpenseTracker;

/** Plugs the real adapters into the core's outgoing ports. */
final class Wiring {
  private Wiring() {}

  static ExpenseTracker core(PostgresStorage storage) {
    return ExpenseTracker.builder()
        .transactions(storage.transactions())
        .health(storage.health())
        .build();
  }
}
