package org.expensetracker.application.testing;

import org.expensetracker.application.port.out.Users;

class InMemoryUsersContractTest extends UsersContract {
  private final InMemoryUsers users = new InMemoryUsers();

  @Override
  protected Users users() {
    return users;
  }
}
