package org.expensetracker.bootstrap;

import org.expensetracker.adapters.http.JwtTokens;
import org.expensetracker.adapters.http.TokenSettings;
import org.expensetracker.adapters.identity.BcryptPasswordHasher;
import org.expensetracker.adapters.persistence.PostgresStorage;
import org.expensetracker.application.ExpenseTracker;
import org.expensetracker.application.IdentitySettings;

/** Plugs the real adapters into the core's outgoing ports. */
final class Wiring {
  private Wiring() {}

  static ExpenseTracker core(PostgresStorage storage, IdentityOptions identity) {
    return ExpenseTracker.builder()
        .transactions(storage.transactions())
        .health(storage.health())
        .users(storage.users())
        .passwordHasher(new BcryptPasswordHasher(identity.passwordPepper(), identity.bcryptCost()))
        .tokens(new JwtTokens(tokenSettings(identity)))
        .identitySettings(new IdentitySettings(identity.otpEnabled()))
        .memberships(storage.memberships())
        .workspaces(storage.workspaces())
        .expenses(storage.expenses())
        .idempotencyKeys(storage.idempotencyKeys())
        .build();
  }

  static TokenSettings tokenSettings(IdentityOptions identity) {
    return new TokenSettings(
        identity.secretKey(),
        identity.algorithm(),
        identity.accessTokenLifetime(),
        TokenSettings.DEFAULT_ISSUER,
        TokenSettings.DEFAULT_AUDIENCE,
        java.time.Duration.ofSeconds(10));
  }
}
