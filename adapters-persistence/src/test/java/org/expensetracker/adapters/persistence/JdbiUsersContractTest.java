package org.expensetracker.adapters.persistence;

import org.expensetracker.adapters.persistence.testing.PostgresTest;
import org.expensetracker.adapters.persistence.testing.TestDatabase;
import org.expensetracker.application.port.out.Users;
import org.expensetracker.application.testing.UsersContract;

@PostgresTest
class JdbiUsersContractTest extends UsersContract {
  @Override
  protected Users users() {
    return TestDatabase.storage().users();
  }
}
