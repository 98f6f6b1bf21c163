package org.expensetracker.adapters.persistence;

import org.expensetracker.adapters.persistence.testing.PostgresTest;
import org.expensetracker.adapters.persistence.testing.TestDatabase;
import org.expensetracker.application.port.out.IdempotencyKeys;
import org.expensetracker.application.port.out.Transactions;
import org.expensetracker.application.testing.IdempotencyKeysContract;
import org.expensetracker.domain.identity.UserId;

@PostgresTest
class JdbiIdempotencyKeysContractTest extends IdempotencyKeysContract {
  private final PostgresStorage storage = TestDatabase.storage();

  @Override
  protected IdempotencyKeys keys() {
    return storage.idempotencyKeys();
  }

  @Override
  protected Transactions transactions() {
    return storage.transactions();
  }

  @Override
  protected UserId newUser() {
    return SqlFixtures.user(storage, "Idem Potent");
  }
}
