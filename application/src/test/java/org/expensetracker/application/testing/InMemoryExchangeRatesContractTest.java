package org.expensetracker.application.testing;

import java.util.Currency;
import java.util.UUID;
import org.expensetracker.application.port.out.ExchangeRates;
import org.expensetracker.application.port.out.Transactions;
import org.expensetracker.domain.identity.UserId;
import org.expensetracker.domain.workspace.WorkspaceId;

class InMemoryExchangeRatesContractTest extends ExchangeRatesContract {
  private final InMemoryExchangeRates rates = new InMemoryExchangeRates();
  private final InMemoryTransactions transactions = new InMemoryTransactions();

  @Override
  protected ExchangeRates rates() {
    return rates;
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
