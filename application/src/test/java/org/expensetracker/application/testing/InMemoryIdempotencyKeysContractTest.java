package org.expensetracker.application.testing;

import java.util.UUID;
import org.expensetracker.application.port.out.IdempotencyKeys;
import org.expensetracker.application.port.out.Transactions;
import org.expensetracker.domain.identity.UserId;

class InMemoryIdempotencyKeysContractTest extends IdempotencyKeysContract {
  private final InMemoryIdempotencyKeys keys = new InMemoryIdempotencyKeys();
  private final InMemoryTransactions transactions = new InMemoryTransactions();

  @Override
  protected IdempotencyKeys keys() {
    return keys;
  }

  @Override
  protected Transactions transactions() {
    return transactions;
  }

  @Override
  protected UserId newUser() {
    return new UserId(UUID.randomUUID());
  }
}
