package org.expensetracker.application.testing;

import java.nio.charset.StandardCharsets;
import org.expensetracker.application.ExpenseTracker;
import org.expensetracker.application.IdentitySettings;
import org.expensetracker.application.port.out.Users;

/**
 * The identity ports on fakes, for tests of other use cases that need a {@link Users} port (the
 * builder then asks for the rest of identity too) but never log anyone in.
 */
public final class IdentityFakes {
  private IdentityFakes() {}

  public static ExpenseTracker.Builder withUsers(ExpenseTracker.Builder builder, Users users) {
    return builder
        .users(users)
        .passwordHasher(new FakePasswordHasher())
        .tokens(new FakeTokens())
        .otpStore(new InMemoryOtpStore())
        .otpSender(new CapturingOtpSender())
        .rateLimits(new InMemoryRateLimits())
        .identitySettings(
            new IdentitySettings(
                false,
                "otp key for tests, 32 bytes or more".getBytes(StandardCharsets.UTF_8),
                IdentitySettings.Limits.defaults()));
  }
}
