package org.expensetracker.adapters.http;

import org.expensetracker.application.ExpenseTracker;
import org.expensetracker.application.port.out.HealthCheck;
import org.expensetracker.application.port.out.PasswordHasher;
import org.expensetracker.application.testing.FakeMemberships;
import org.expensetracker.application.testing.IdentityFakes;
import org.expensetracker.application.testing.InMemoryAuditTrail;
import org.expensetracker.application.testing.InMemoryExpenses;
import org.expensetracker.application.testing.InMemoryIdempotencyKeys;
import org.expensetracker.application.testing.InMemoryLedger;
import org.expensetracker.application.testing.InMemorySettlements;
import org.expensetracker.application.testing.InMemoryTransactions;
import org.expensetracker.application.testing.InMemoryUsers;

/** An empty core on in-memory ports, for tests of the HTTP adapter that need no data. */
final class InMemoryCore {
  private InMemoryCore() {}

  static ExpenseTracker empty() {
    return builder().build();
  }

  /**
   * With no users yet, passwords checked by {@code hasher}, and the limits on failures out of reach
   * (every test client is 127.0.0.1).
   */
  static ExpenseTracker withIdentity(PasswordHasher hasher) {
    return IdentityFakes.withUsers(builder(), new InMemoryUsers())
        .passwordHasher(hasher)
        .identitySettings(IdentityFakes.settings(IdentityFakes.testLimits()))
        .build();
  }

  /** As {@link #withIdentity}, with readiness answered by {@code health}. */
  static ExpenseTracker withIdentity(PasswordHasher hasher, HealthCheck health) {
    return IdentityFakes.withUsers(builder(), new InMemoryUsers())
        .passwordHasher(hasher)
        .identitySettings(IdentityFakes.settings(IdentityFakes.testLimits()))
        .health(health)
        .build();
  }

  private static ExpenseTracker.Builder builder() {
    FakeMemberships memberships = new FakeMemberships();
    InMemoryExpenses expenses = new InMemoryExpenses();
    InMemorySettlements settlements = new InMemorySettlements();
    return ExpenseTracker.builder()
        .transactions(new InMemoryTransactions())
        .memberships(memberships)
        .expenses(expenses)
        .idempotencyKeys(new InMemoryIdempotencyKeys())
        .ledger(new InMemoryLedger(expenses, settlements, memberships::usersOf))
        .settlements(settlements)
        .auditTrail(new InMemoryAuditTrail());
  }
}
