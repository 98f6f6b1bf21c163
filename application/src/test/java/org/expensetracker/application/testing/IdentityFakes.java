package org.expensetracker.application.testing;

import java.nio.charset.StandardCharsets;
import org.expensetracker.application.ExpenseTracker;
import org.expensetracker.application.IdentitySettings;
import org.expensetracker.application.port.out.Users;
import org.expensetracker.domain.identity.RateLimit;

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
        .identitySettings(settings(IdentitySettings.Limits.defaults()));
  }

  /** Verification off, a fixed OTP key, and {@code limits}. */
  public static IdentitySettings settings(IdentitySettings.Limits limits) {
    return new IdentitySettings(
        false, "otp key for tests, 32 bytes or more".getBytes(StandardCharsets.UTF_8), limits);
  }

  /**
   * Production limits on sending codes; every other limit out of reach, for tests whose clients all
   * share one address and make many mistakes on purpose.
   */
  public static IdentitySettings.Limits testLimits() {
    IdentitySettings.Limits production = IdentitySettings.Limits.defaults();
    return new IdentitySettings.Limits(
        outOfReach(production.loginFailuresPerAccount()),
        outOfReach(production.loginFailuresPerClient()),
        outOfReach(production.otpFailuresPerAccount()),
        outOfReach(production.otpFailuresPerClient()),
        outOfReach(production.registrationsPerClient()),
        production.codeSendCooldown(),
        production.codeSendsPerHour(),
        outOfReach(production.codeRequestsPerClient()));
  }

  private static RateLimit outOfReach(RateLimit limit) {
    return new RateLimit(limit.name(), 1_000_000, limit.window());
  }
}
