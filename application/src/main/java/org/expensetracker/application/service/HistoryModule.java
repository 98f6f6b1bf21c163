package org.expensetracker.application.service;

import org.expensetracker.application.port.in.ChangesUseCase;
import org.expensetracker.application.port.out.AuditTrail;
import org.expensetracker.application.port.out.Expenses;
import org.expensetracker.application.port.out.Memberships;
import org.expensetracker.application.port.out.Settlements;
import org.expensetracker.application.port.out.Transactions;
import org.expensetracker.application.port.out.Workspaces;

/**
 * The change feed, built from the ports of both the expense and the workspace use cases (it hands
 * out the current state of either). {@code ExpenseTracker} hands it out.
 */
public final class HistoryModule {
  private final ChangeFeed feed;

  public HistoryModule(
      Transactions transactions,
      Memberships memberships,
      AuditTrail audit,
      Expenses expenses,
      Settlements settlements,
      Workspaces workspaces) {
    this.feed = new ChangeFeed(transactions, memberships, audit, expenses, settlements, workspaces);
  }

  public ChangesUseCase changes() {
    return feed;
  }
}
