package org.expensetracker.application.service;

import java.time.Instant;
import java.util.Optional;
import org.expensetracker.application.IdentitySettings;
import org.expensetracker.application.port.in.ChangePasswordUseCase;
import org.expensetracker.application.port.in.GetCurrentUserUseCase;
import org.expensetracker.application.port.in.UpdateProfileUseCase;
import org.expensetracker.application.port.in.UserProfile;
import org.expensetracker.application.port.out.PasswordHasher;
import org.expensetracker.application.port.out.Transactions;
import org.expensetracker.application.port.out.Users;
import org.expensetracker.domain.identity.FullName;
import org.expensetracker.domain.identity.PasswordHash;
import org.expensetracker.domain.identity.User;
import org.expensetracker.domain.identity.UserId;
import org.expensetracker.domain.shared.AuthenticationFailed;
import org.expensetracker.domain.shared.InvalidInput;

/** The caller's own account: read it, rename it, change its password. */
final class Profiles implements GetCurrentUserUseCase, UpdateProfileUseCase, ChangePasswordUseCase {
  private final Transactions transactions;
  private final Now now;
  private final Users users;
  private final PasswordHasher hasher;
  private final Throttle throttle;
  private final IdentitySettings.Limits limits;

  Profiles(
      Transactions transactions,
      Now now,
      Users users,
      PasswordHasher hasher,
      Throttle throttle,
      IdentitySettings.Limits limits) {
    this.transactions = transactions;
    this.now = now;
    this.users = users;
    this.hasher = hasher;
    this.throttle = throttle;
    this.limits = limits;
  }

  @Override
  public UserProfile me(UserId caller) {
    return transactions.reading(() -> UserProfile.of(existing(caller)));
  }

  @Override
  public UserProfile rename(UserId caller, FullName fullName) {
    return transactions.inTransaction(
        () -> {
          User renamed = existing(caller).rename(fullName);
          users.update(renamed);
          return UserProfile.of(renamed);
        });
  }

  @Override
  public void changePassword(ChangePasswordUseCase.Command command) {
    User user = transactions.inTransaction(() -> existing(command.caller()));
    // A stolen token must not become a way to guess the password: same limit as logins.
    Throttle.Counter account =
        new Throttle.Counter(limits.loginFailuresPerAccount(), user.email().value());
    throttle
        .admit(account)
        .countFailure(
            () ->
                Optional.of(user)
                    .filter(u -> hasher.matches(command.currentPassword(), u.passwordHash())))
        .orElseThrow(() -> new InvalidInput("current_password", "is not correct"));
    PasswordHash hash = hasher.hash(command.newPassword());
    Instant at = now.instant();
    transactions.run(() -> users.update(existing(command.caller()).changePassword(hash, at)));
  }

  private User existing(UserId id) {
    return users.byId(id).orElseThrow(AuthenticationFailed::new);
  }
}
