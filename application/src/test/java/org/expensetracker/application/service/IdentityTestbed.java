package org.expensetracker.application.service;

import org.expensetracker.application.ExpenseTracker;
import org.expensetracker.application.IdentitySettings;
import org.expensetracker.application.port.in.LoginUseCase;
import org.expensetracker.application.port.in.RegisterUseCase;
import org.expensetracker.application.port.in.UserProfile;
import org.expensetracker.application.testing.FakePasswordHasher;
import org.expensetracker.application.testing.FakeTokens;
import org.expensetracker.application.testing.InMemoryTransactions;
import org.expensetracker.application.testing.InMemoryUsers;
import org.expensetracker.application.testing.MutableClock;

/** The core on in-memory ports, for identity use-case tests. */
final class IdentityTestbed {
  static final String PASSWORD = "a long enough secret phrase";
  static final String CLIENT = "192.0.2.10";

  final MutableClock clock = MutableClock.at("2025-03-01T10:00:00.000Z");
  final InMemoryUsers users = new InMemoryUsers();
  final FakePasswordHasher hasher = new FakePasswordHasher();
  final FakeTokens tokens = new FakeTokens();
  final ExpenseTracker core;

  IdentityTestbed(IdentitySettings settings) {
    core =
        ExpenseTracker.builder()
            .transactions(new InMemoryTransactions())
            .clock(clock)
            .users(users)
            .passwordHasher(hasher)
            .tokens(tokens)
            .identitySettings(settings)
            .build();
  }

  static IdentityTestbed withoutOtp() {
    return new IdentityTestbed(new IdentitySettings(false));
  }

  static IdentityTestbed withOtp() {
    return new IdentityTestbed(new IdentitySettings(true));
  }

  UserProfile register(String email) {
    return register(email, PASSWORD);
  }

  UserProfile register(String email, String password) {
    return core.register()
        .register(RegisterUseCase.Command.parse(email, password, "Ada Lovelace", CLIENT));
  }

  LoginUseCase.Session login(String email, String password) {
    return core.login().login(LoginUseCase.Command.parse(email, password, CLIENT, "email"));
  }
}
