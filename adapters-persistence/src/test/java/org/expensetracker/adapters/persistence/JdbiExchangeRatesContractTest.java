package org.expensetracker.adapters.persistence;

import java.util.Currency;
import org.expensetracker.adapters.persistence.testing.PostgresTest;
import org.expensetracker.adapters.persistence.testing.TestDatabase;
import org.expensetracker.application.port.out.ExchangeRates;
import org.expensetracker.application.port.out.Transactions;
import org.expensetracker.application.testing.ExchangeRatesContract;
import org.expensetracker.domain.identity.UserId;
import org.expensetracker.domain.workspace.WorkspaceId;

@PostgresTest
class JdbiExchangeRatesContractTest extends ExchangeRatesContract {
  private final PostgresStorage storage = TestDatabase.storage();

  @Override
  protected ExchangeRates rates() {
    return storage.exchangeRates();
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
