package org.expensetracker.adapters.persistence;

import java.util.Currency;
import org.expensetracker.adapters.persistence.testing.PostgresTest;
import org.expensetracker.adapters.persistence.testing.TestDatabase;
import org.expensetracker.application.port.out.AuditTrail;
import org.expensetracker.application.port.out.Transactions;
import org.expensetracker.application.testing.AuditTrailContract;
import org.expensetracker.domain.identity.UserId;
import org.expensetracker.domain.workspace.WorkspaceId;

@PostgresTest
class JdbiAuditTrailContractTest extends AuditTrailContract {
  private final PostgresStorage storage = TestDatabase.storage();

  @Override
  protected AuditTrail audit() {
    return storage.auditTrail();
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
}
