package org.expensetracker.application.testing;

import org.expensetracker.application.port.out.Memberships;
import org.expensetracker.application.port.out.Transactions;
import org.expensetracker.application.port.out.Users;
import org.expensetracker.application.port.out.Workspaces;

class InMemoryWorkspacesContractTest extends WorkspacesContract {
  private final InMemoryUsers users = new InMemoryUsers();
  private final InMemoryWorkspaces workspaces = new InMemoryWorkspaces(users);
  private final InMemoryTransactions transactions = new InMemoryTransactions();

  @Override
  protected Workspaces workspaces() {
    return workspaces;
  }

  @Override
  protected Memberships memberships() {
    return workspaces;
  }

  @Override
  protected Users users() {
    return users;
  }

  @Override
  protected Transactions transactions() {
    return transactions;
  }
}
