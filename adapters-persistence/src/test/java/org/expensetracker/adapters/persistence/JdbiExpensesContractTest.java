package org.expensetracker.adapters.persistence;

import java.util.Currency;
import org.expensetracker.adapters.persistence.testing.PostgresTest;
import org.expensetracker.adapters.persistence.testing.TestDatabase;
import org.expensetracker.application.port.out.Expenses;
import org.expensetracker.application.port.out.Memberships;
import org.expensetracker.application.port.out.Transactions;
import org.expensetracker.application.testing.ExpensesContract;
import org.expensetracker.domain.identity.UserId;
import org.expensetracker.domain.workspace.Role;
import org.expensetracker.domain.workspace.WorkspaceId;

@PostgresTest
class JdbiExpensesContractTest extends ExpensesContract {
  private final PostgresStorage storage = TestDatabase.storage();

  @Override
  protected Expenses expenses() {
    return storage.expenses();
  }

  @Override
  protected Transactions transactions() {
    return storage.transactions();
  }

  @Override
  protected WorkspaceId newWorkspace(Currency currency) {
    return SqlFixtures.workspace(storage, currency);
  }

  @Override
  protected UserId newUser(String fullName) {
    return SqlFixtures.user(storage, fullName);
  }

  @Override
  protected Memberships memberships() {
    return storage.memberships();
  }

  @Override
  protected void join(WorkspaceId workspace, UserId user, Role role) {
    SqlFixtures.member(storage, workspace, user, role);
  }
}
