package org.expensetracker.application.testing;

import java.util.Currency;
import java.util.UUID;
import org.expensetracker.application.port.out.Expenses;
import org.expensetracker.application.port.out.Memberships;
import org.expensetracker.application.port.out.Transactions;
import org.expensetracker.domain.identity.UserId;
import org.expensetracker.domain.workspace.Role;
import org.expensetracker.domain.workspace.WorkspaceId;

class InMemoryExpensesContractTest extends ExpensesContract {
  private final InMemoryExpenses expenses = new InMemoryExpenses();
  private final InMemoryTransactions transactions = new InMemoryTransactions();
  private final FakeMemberships memberships = new FakeMemberships();

  @Override
  protected Expenses expenses() {
    return expenses;
  }

  @Override
  protected Transactions transactions() {
    return transactions;
  }

  @Override
  protected WorkspaceId newWorkspace(Currency currency) {
    WorkspaceId workspace = new WorkspaceId(UUID.randomUUID());
    memberships.workspace(workspace, currency);
    return workspace;
  }

  @Override
  protected UserId newUser(String fullName) {
    UserId user = new UserId(UUID.randomUUID());
    expenses.knowUser(user, fullName);
    return user;
  }

  @Override
  protected Memberships memberships() {
    return memberships;
  }

  @Override
  protected void join(WorkspaceId workspace, UserId user, Role role) {
    memberships.member(workspace, user, role);
  }
}
