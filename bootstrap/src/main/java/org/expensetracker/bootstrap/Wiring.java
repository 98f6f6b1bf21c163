package org.expensetracker.bootstrap;

import java.time.Duration;
import java.util.function.IntSupplier;
import org.expensetracker.adapters.http.HttpReferenceRates;
import org.expensetracker.adapters.http.JwtTokens;
import org.expensetracker.adapters.http.TokenSettings;
import org.expensetracker.adapters.identity.BackgroundOtpSender;
import org.expensetracker.adapters.identity.BcryptPasswordHasher;
import org.expensetracker.adapters.identity.BoundedPasswordHasher;
import org.expensetracker.adapters.identity.LogOtpSender;
import org.expensetracker.adapters.identity.SmtpOtpSender;
import org.expensetracker.adapters.persistence.PostgresStorage;
import org.expensetracker.application.ExpenseTracker;
import org.expensetracker.application.IdentitySettings;
import org.expensetracker.application.port.out.OtpSender;
import org.expensetracker.application.port.out.PasswordHasher;
import org.expensetracker.application.port.out.ReferenceRates;

/** Plugs the real adapters into the core's outgoing ports. */
final class Wiring {
  /** Clock skew tolerated on token times (RFC 8725 allows little; the issue caps it at 30 s). */
  static final Duration TOKEN_LEEWAY = Duration.ofSeconds(10);

  private Wiring() {}

  /**
   * bcrypt on a bounded executor: one check per core at a time while nothing else is served (so
   * logins alone can use the whole machine), half as many while {@code otherRequests} counts any,
   * up to {@link #PASSWORD_CHECKS_QUEUED} per core waiting, and a 503 beyond that
   * (docs/performance.md).
   */
  static PasswordHasher passwordHasher(IdentityOptions identity, IntSupplier otherRequests) {
    return new BoundedPasswordHasher(
        new BcryptPasswordHasher(identity.passwordPepper(), identity.bcryptCost()),
        passwordChecksRunning(),
        passwordChecksRunning() * PASSWORD_CHECKS_QUEUED,
        otherRequests);
  }

  private static int passwordChecksRunning() {
    return Runtime.getRuntime().availableProcessors();
  }

  /**
   * The most password requests the HTTP adapter lets in at once: as many as the hasher runs and
   * queues, so neither bound refuses a burst the other would have taken.
   */
  static int passwordRequests() {
    return passwordChecksRunning() * (1 + PASSWORD_CHECKS_QUEUED);
  }

  /** At cost 12 (~250 ms a check) a full queue is about 4 s of waiting. */
  static final int PASSWORD_CHECKS_QUEUED = 16;

  /** How long a reference-rate lookup may hold up the request that needs it. */
  static final Duration REFERENCE_RATE_TIMEOUT = Duration.ofSeconds(5);

  /** The reference-rate provider {@code EXCHANGE_RATES_URL} names, or null when unset. */
  static ReferenceRates referenceRates(Operations operations) {
    return operations
        .exchangeRatesUrl()
        .<ReferenceRates>map(url -> new HttpReferenceRates(url, REFERENCE_RATE_TIMEOUT))
        .orElse(null);
  }

  /**
   * The core on PostgreSQL; {@code referenceRates} may be null (no provider: workspace and client
   * rates only), and password checks yield cores to {@code otherRequests}.
   */
  static ExpenseTracker core(
      PostgresStorage storage,
      IdentityOptions identity,
      OtpSender otpSender,
      ReferenceRates referenceRates,
      IntSupplier otherRequests) {
    return ExpenseTracker.builder()
        .transactions(storage.transactions())
        .health(storage.health())
        .users(storage.users())
        .passwordHasher(passwordHasher(identity, otherRequests))
        .tokens(new JwtTokens(tokenSettings(identity)))
        .otpStore(storage.otpStore())
        .otpSender(otpSender)
        .rateLimits(storage.rateLimits())
        .identitySettings(
            new IdentitySettings(identity.otpEnabled(), identity.otpKey(), identity.limits()))
        .memberships(storage.memberships())
        .workspaces(storage.workspaces())
        .workspaceExpenses(storage.workspaceExpenses())
        .expenses(storage.expenses())
        .idempotencyKeys(storage.idempotencyKeys())
        .ledger(storage.ledger())
        .settlements(storage.settlements())
        .auditTrail(storage.auditTrail())
        .exchangeRates(storage.exchangeRates())
        .referenceRates(referenceRates)
        .build();
  }

  /**
   * The given sender, else SMTP when configured (delivered in the background), else the log. The
   * caller closes it if it is {@link AutoCloseable}.
   */
  static OtpSender otpSender(IdentityOptions identity) {
    if (identity.otpSender().isPresent()) {
      return identity.otpSender().get();
    }
    return identity
        .smtp()
        .<OtpSender>map(smtp -> new BackgroundOtpSender(new SmtpOtpSender(smtp)))
        .orElseGet(LogOtpSender::new);
  }

  static TokenSettings tokenSettings(IdentityOptions identity) {
    return new TokenSettings(
        identity.secretKey(),
        identity.algorithm(),
        identity.accessTokenLifetime(),
        TokenSettings.DEFAULT_ISSUER,
        TokenSettings.DEFAULT_AUDIENCE,
        TOKEN_LEEWAY);
  }
}
