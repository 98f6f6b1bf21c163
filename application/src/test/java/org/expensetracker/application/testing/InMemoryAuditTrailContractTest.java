package org.expensetracker.application.testing;

import java.util.Currency;
import java.util.UUID;
import org.expensetracker.application.port.out.AuditTrail;
import org.expensetracker.application.port.out.Transactions;
import org.expensetracker.domain.identity.UserId;
import org.expensetracker.domain.workspace.WorkspaceId;

class InMemoryAuditTrailContractTest extends AuditTrailContract {
  private final InMemoryAuditTrail audit = new InMemoryAuditTrail();
  private final InMemoryTransactions transactions = new InMemoryTransactions();

  @Override
  protected AuditTrail audit() {
    return audit;
  }

  @Override
  protected Transactions transactions() {
    return transactions;
  }

  @Override
  protected WorkspaceId newWorkspace(Currency currency) {
    return new WorkspaceId(UUID.randomUUID());
  }

  @Override
  protected UserId newUser(String fullName) {
    return new UserId(UUID.randomUUID());
  }
}
