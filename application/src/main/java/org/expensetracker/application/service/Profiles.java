package org.expensetracker.application.service;

import org.expensetracker.application.port.in.GetCurrentUserUseCase;
import org.expensetracker.application.port.in.UserProfile;
import org.expensetracker.application.port.out.Transactions;
import org.expensetracker.application.port.out.Users;
import org.expensetracker.domain.identity.UserId;
import org.expensetracker.domain.shared.AuthenticationFailed;

/** The caller's own account. */
final class Profiles implements GetCurrentUserUseCase {
  private final Transactions transactions;
  private final Users users;

  Profiles(Transactions transactions, Users users) {
    this.transactions = transactions;
    this.users = users;
  }

  @Override
  public UserProfile me(UserId caller) {
    return transactions.inTransaction(
        () -> users.byId(caller).map(UserProfile::of).orElseThrow(AuthenticationFailed::new));
  }
}
