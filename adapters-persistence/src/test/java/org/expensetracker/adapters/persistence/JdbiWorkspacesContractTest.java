package org.expensetracker.adapters.persistence;

import org.expensetracker.adapters.persistence.testing.PostgresTest;
import org.expensetracker.adapters.persistence.testing.TestDatabase;
import org.expensetracker.application.port.out.Memberships;
import org.expensetracker.application.port.out.Transactions;
import org.expensetracker.application.port.out.Users;
import org.expensetracker.application.port.out.Workspaces;
import org.expensetracker.application.testing.WorkspacesContract;

@PostgresTest
class JdbiWorkspacesContractTest extends WorkspacesContract {
  private final PostgresStorage storage = TestDatabase.storage();

  @Override
  protected Workspaces workspaces() {
    return storage.workspaces();
  }

  @Override
  protected Memberships memberships() {
    return storage.memberships();
  }

  @Override
  protected Users users() {
    return storage.users();
  }

  @Override
  protected Transactions transactions() {
    return storage.transactions();
  }
}
