package org.expensetracker.adapters.persistence;

import java.util.Currency;
import org.expensetracker.adapters.persistence.testing.PostgresTest;
import org.expensetracker.adapters.persistence.testing.TestDatabase;
import org.expensetracker.application.port.out.Expenses;
import org.expensetracker.application.port.out.Ledger;
import org.expensetracker.application.port.out.Settlements;
import org.expensetracker.application.port.out.Transactions;
import org.expensetracker.application.testing.LedgerContract;
import org.expensetracker.domain.identity.UserId;
import org.expensetracker.domain.workspace.Role;
import org.expensetracker.domain.workspace.WorkspaceId;

@PostgresTest
class JdbiLedgerContractTest extends LedgerContract {
  private final PostgresStorage storage = TestDatabase.storage();

  @Override
  protected Ledger ledger() {
    return storage.ledger();
  }

  @Override
  protected Settlements settlements() {
    return storage.settlements();
  }

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
  protected void addMember(WorkspaceId workspace, UserId user, Role role) {
    SqlFixtures.member(storage, workspace, user, role);
  }

  @Override
  protected void removeMember(WorkspaceId workspace, UserId user) {
    SqlFixtures.tx(storage)
        .withHandle(
            h ->
                h.createUpdate(
                        "delete from workspace_members where workspace_id = :w and user_id = :u")
                    .bind("w", workspace.value())
                    .bind("u", user.value())
                    .execute());
  }
}
