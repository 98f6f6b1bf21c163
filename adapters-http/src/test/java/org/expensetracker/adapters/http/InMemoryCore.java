package org.expensetracker.adapters.http;

import java.nio.charset.StandardCharsets;
import org.expensetracker.application.ExpenseTracker;
import org.expensetracker.application.IdentitySettings;
import org.expensetracker.application.port.out.PasswordHasher;
import org.expensetracker.application.testing.CapturingOtpSender;
import org.expensetracker.application.testing.FakeMemberships;
import org.expensetracker.application.testing.FakeTokens;
import org.expensetracker.application.testing.InMemoryAuditTrail;
import org.expensetracker.application.testing.InMemoryExpenses;
import org.expensetracker.application.testing.InMemoryIdempotencyKeys;
import org.expensetracker.application.testing.InMemoryLedger;
import org.expensetracker.application.testing.InMemoryOtpStore;
import org.expensetracker.application.testing.InMemoryRateLimits;
import org.expensetracker.application.testing.InMemorySettlements;
import org.expensetracker.application.testing.InMemoryTransactions;
import org.expensetracker.application.testing.InMemoryUsers;

/** An empty core on in-memory ports, for tests of the HTTP adapter that need no data. */
final class InMemoryCore {
  private InMemoryCore() {}

  static ExpenseTracker empty() {
    return builder().build();
  }

  /** With no users yet, and passwords checked by {@code hasher}. */
  static ExpenseTracker withIdentity(PasswordHasher hasher) {
    return builder()
        .users(new InMemoryUsers())
        .passwordHasher(hasher)
        .tokens(new FakeTokens())
        .otpStore(new InMemoryOtpStore())
        .otpSender(new CapturingOtpSender())
        .rateLimits(new InMemoryRateLimits())
        .identitySettings(
            new IdentitySettings(
                true,
                "a server key of at least 32 bytes!".getBytes(StandardCharsets.UTF_8),
                IdentitySettings.Limits.defaults()))
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
