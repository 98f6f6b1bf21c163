package org.expensetracker.application.testing;

import java.util.Currency;
import java.util.UUID;
import org.expensetracker.application.port.out.Expenses;
import org.expensetracker.application.port.out.Ledger;
import org.expensetracker.application.port.out.Settlements;
import org.expensetracker.application.port.out.Transactions;
import org.expensetracker.domain.identity.UserId;
import org.expensetracker.domain.workspace.Role;
import org.expensetracker.domain.workspace.WorkspaceId;

class InMemoryLedgerContractTest extends LedgerContract {
  private final FakeMemberships memberships = new FakeMemberships();
  private final InMemoryExpenses expenses = new InMemoryExpenses();
  private final InMemorySettlements settlements = new InMemorySettlements();
  private final InMemoryLedger ledger =
      new InMemoryLedger(expenses, settlements, memberships::usersOf);
  private final InMemoryTransactions transactions = new InMemoryTransactions();

  @Override
  protected Ledger ledger() {
    return ledger;
  }

  @Override
  protected Settlements settlements() {
    return settlements;
  }

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
    WorkspaceId ws = new WorkspaceId(UUID.randomUUID());
    memberships.workspace(ws, currency).member(ws, newUser("Owner"), Role.OWNER);
    return ws;
  }

  @Override
  protected UserId newUser(String fullName) {
    UserId user = new UserId(UUID.randomUUID());
    expenses.knowUser(user, fullName);
    return user;
  }

  @Override
  protected void addMember(WorkspaceId workspace, UserId user, Role role) {
    memberships.member(workspace, user, role);
  }

  @Override
  protected void removeMember(WorkspaceId workspace, UserId user) {
    memberships.remove(workspace, user);
  }
}
