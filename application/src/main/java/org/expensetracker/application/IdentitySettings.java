package org.expensetracker.application;

import java.time.Duration;
import java.util.Objects;
import org.expensetracker.domain.identity.RateLimit;

/**
 * How the identity use cases behave.
 *
 * @param otpEnabled whether a new account must verify its email with a one-time code before it can
 *     log in; when false, accounts are verified at once
 * @param otpKey server key of the codes' keyed hashes (at least 32 bytes)
 * @param limits abuse limits
 */
public record IdentitySettings(boolean otpEnabled, byte[] otpKey, Limits limits) {

  public IdentitySettings {
    Objects.requireNonNull(otpKey, "otpKey");
    if (otpKey.length < 32) {
      throw new IllegalArgumentException("the OTP key must be at least 32 bytes");
    }
    otpKey = otpKey.clone();
    Objects.requireNonNull(limits, "limits");
  }

  @Override
  public byte[] otpKey() {
    return otpKey.clone();
  }

  @Override
  public boolean equals(Object other) {
    return this == other;
  }

  @Override
  public int hashCode() {
    return System.identityHashCode(this);
  }

  @Override
  public String toString() {
    return "IdentitySettings[otpEnabled=" + otpEnabled + ", limits=" + limits + "]";
  }

  /**
   * Abuse limits. "Per account" counts by email address whether or not it is registered, so a limit
   * reveals nothing; "per client" counts by the peer address.
   *
   * @param loginFailuresPerAccount failed logins (and wrong current passwords) per address
   * @param loginFailuresPerClient failed logins per client
   * @param otpFailuresPerAccount failed code checks (verify, reset) per address
   * @param otpFailuresPerClient failed code checks per client
   * @param registrationsPerClient registration attempts per client
   * @param codeSendCooldown codes sent per address and purpose: at most one a minute
   * @param codeSendsPerHour codes sent per address and purpose per hour
   * @param codeRequestsPerClient resend and reset requests per client
   */
  public record Limits(
      RateLimit loginFailuresPerAccount,
      RateLimit loginFailuresPerClient,
      RateLimit otpFailuresPerAccount,
      RateLimit otpFailuresPerClient,
      RateLimit registrationsPerClient,
      RateLimit codeSendCooldown,
      RateLimit codeSendsPerHour,
      RateLimit codeRequestsPerClient) {
    private static final Duration FIFTEEN_MINUTES = Duration.ofMinutes(15);
    private static final Duration HOUR = Duration.ofHours(1);

    public Limits {
      Objects.requireNonNull(loginFailuresPerAccount, "loginFailuresPerAccount");
      Objects.requireNonNull(loginFailuresPerClient, "loginFailuresPerClient");
      Objects.requireNonNull(otpFailuresPerAccount, "otpFailuresPerAccount");
      Objects.requireNonNull(otpFailuresPerClient, "otpFailuresPerClient");
      Objects.requireNonNull(registrationsPerClient, "registrationsPerClient");
      Objects.requireNonNull(codeSendCooldown, "codeSendCooldown");
      Objects.requireNonNull(codeSendsPerHour, "codeSendsPerHour");
      Objects.requireNonNull(codeRequestsPerClient, "codeRequestsPerClient");
    }

    /** Production limits. */
    public static Limits defaults() {
      return new Limits(
          new RateLimit("login-account", 10, FIFTEEN_MINUTES),
          new RateLimit("login-client", 10, FIFTEEN_MINUTES),
          new RateLimit("otp-account", 10, FIFTEEN_MINUTES),
          new RateLimit("otp-client", 10, FIFTEEN_MINUTES),
          new RateLimit("register-client", 20, HOUR),
          new RateLimit("code-cooldown", 1, Duration.ofSeconds(60)),
          new RateLimit("code-hourly", 5, HOUR),
          new RateLimit("code-client", 30, HOUR));
    }
  }
}
