package org.expensetracker.application.service;

import java.time.Instant;
import java.util.Optional;
import org.expensetracker.application.IdentitySettings;
import org.expensetracker.application.port.in.RegisterUseCase;
import org.expensetracker.application.port.in.UserProfile;
import org.expensetracker.application.port.out.IdGenerator;
import org.expensetracker.application.port.out.PasswordHasher;
import org.expensetracker.application.port.out.Transactions;
import org.expensetracker.application.port.out.Users;
import org.expensetracker.domain.identity.PasswordHash;
import org.expensetracker.domain.identity.User;
import org.expensetracker.domain.identity.UserId;
import org.expensetracker.domain.otp.OtpCode;
import org.expensetracker.domain.otp.OtpPurpose;
import org.expensetracker.domain.shared.Conflict;

/**
 * Registers accounts. With verification on, the new account gets a code; an unverified address can
 * be registered again and the new registration wins (nobody can squat an address).
 */
final class Registration implements RegisterUseCase {
  private final Transactions transactions;
  private final Now now;
  private final IdGenerator ids;
  private final Users users;
  private final PasswordHasher hasher;
  private final Codes codes;
  private final Throttle throttle;
  private final IdentitySettings settings;

  Registration(
      Transactions transactions,
      Now now,
      IdGenerator ids,
      Users users,
      PasswordHasher hasher,
      Codes codes,
      Throttle throttle,
      IdentitySettings settings) {
    this.transactions = transactions;
    this.now = now;
    this.ids = ids;
    this.users = users;
    this.hasher = hasher;
    this.codes = codes;
    this.throttle = throttle;
    this.settings = settings;
  }

  /** The registered user and the code to send, if any. */
  private record Outcome(User user, OtpCode code) {}

  @Override
  public UserProfile register(Command command) {
    throttle.admit(
        new Throttle.Counter(settings.limits().registrationsPerClient(), command.clientAddress()));
    // Hashing is deliberately slow: do it before the transaction so it holds no connection.
    PasswordHash hash = hasher.hash(command.password());
    Instant at = now.instant();
    Outcome outcome =
        transactions.inTransaction(
            () -> {
              Optional<User> existing = users.byEmail(command.email());
              if (existing.isPresent() && existing.get().verified()) {
                throw emailTaken();
              }
              if (!settings.otpEnabled()) {
                return new Outcome(store(existing, command, hash, at), null);
              }
              // After the 409 check, so an existing account is reported as such, and before
              // anything is written.
              codes.admitSend(command.email(), OtpPurpose.VERIFY_EMAIL);
              User user = store(existing, command, hash, at);
              return new Outcome(user, codes.issue(user.email(), OtpPurpose.VERIFY_EMAIL, at));
            });
    if (outcome.code() != null) {
      codes.deliver(outcome.user().email(), OtpPurpose.VERIFY_EMAIL, outcome.code());
    }
    return UserProfile.of(outcome.user());
  }

  private User store(Optional<User> existing, Command command, PasswordHash hash, Instant at) {
    if (existing.isPresent()) {
      User replaced = existing.get().registerAgain(command.fullName(), hash, at);
      replaced = settings.otpEnabled() ? replaced : replaced.verify();
      users.update(replaced);
      return replaced;
    }
    User created =
        User.register(
            new UserId(ids.newId()),
            command.email(),
            command.fullName(),
            hash,
            !settings.otpEnabled(),
            at);
    users.add(created);
    return created;
  }

  static Conflict emailTaken() {
    return new Conflict("email-taken", "An account with this email address already exists");
  }
}
