package org.expensetracker.application.service;

import java.time.Instant;
import java.util.Optional;
import org.expensetracker.application.IdentitySettings;
import org.expensetracker.application.port.in.LoginUseCase;
import org.expensetracker.application.port.out.PasswordHasher;
import org.expensetracker.application.port.out.TokenIssuer;
import org.expensetracker.application.port.out.Transactions;
import org.expensetracker.application.port.out.Users;
import org.expensetracker.domain.identity.Password;
import org.expensetracker.domain.identity.PasswordHash;
import org.expensetracker.domain.identity.User;
import org.expensetracker.domain.shared.AuthenticationFailed;
import org.expensetracker.domain.shared.Forbidden;

/**
 * Checks a password and issues a token. An unknown address is compared against a dummy hash so it
 * costs the same time as a wrong password, and both fail with the same error. Failures are counted
 * per address (registered or not) and per client: each attempt is counted before it runs and taken
 * back when it succeeds, so parallel guesses cannot overrun the limit. Past the client's limit, 429
 * without checking anything; past the address's, the answer is a wrong password's, after the same
 * lookup and comparison, even for the right password: a lock tells nobody whether the account
 * exists or was being guessed, and takes as long as a guess.
 */
final class Login implements LoginUseCase {
  private final Transactions transactions;
  private final Now now;
  private final Users users;
  private final PasswordHasher hasher;
  private final TokenIssuer tokens;
  private final Throttle throttle;
  private final IdentitySettings.Limits limits;
  private final PasswordHash dummy;

  Login(
      Transactions transactions,
      Now now,
      Users users,
      PasswordHasher hasher,
      TokenIssuer tokens,
      Throttle throttle,
      IdentitySettings.Limits limits) {
    this.transactions = transactions;
    this.now = now;
    this.users = users;
    this.hasher = hasher;
    this.tokens = tokens;
    this.throttle = throttle;
    this.limits = limits;
    // Made once at start-up with the current cost, so it takes as long as a real comparison.
    this.dummy = hasher.hash(Password.present("not a real password, only for timing", "password"));
  }

  @Override
  public Session login(Command command) {
    Throttle.Counter account =
        new Throttle.Counter(limits.loginFailuresPerAccount(), command.email().value());
    Throttle.Counter client =
        new Throttle.Counter(limits.loginFailuresPerClient(), command.clientAddress());
    Throttle.Admission byClient = throttle.admit(client);
    Optional<Throttle.Admission> byAccount = throttle.tryAdmit(account); // empty: locked
    Instant at = now.instant();
    User user =
        byAccount
            .map(byClient::and)
            .orElse(byClient)
            .countFailure(
                () -> {
                  Optional<User> found =
                      transactions
                          .inTransaction(() -> users.byEmail(command.email()))
                          .filter(candidate -> !candidate.expired(at));
                  // The slow comparison runs outside any transaction, also for no such user and
                  // for a locked account.
                  boolean matches =
                      hasher.matches(
                          command.password(), found.map(User::passwordHash).orElse(dummy));
                  return found.filter(candidate -> matches && byAccount.isPresent());
                })
            .orElseThrow(AuthenticationFailed::new);
    if (!user.verified()) {
      throw new Forbidden("email-not-verified", "Verify your email address before logging in");
    }
    if (hasher.needsRehash(user.passwordHash())) {
      PasswordHash stronger = hasher.hash(command.password());
      transactions.inTransaction(
          () -> users.replacePasswordHash(user.id(), user.passwordHash(), stronger));
    }
    TokenIssuer.Issued issued = tokens.issue(user.id(), now.instant());
    return new Session(issued.token(), issued.lifetime());
  }
}
