package org.expensetracker.application.service;

import java.time.Instant;
import java.util.Optional;
import org.expensetracker.application.IdentitySettings;
import org.expensetracker.application.port.in.ResendCodeUseCase;
import org.expensetracker.application.port.in.UserProfile;
import org.expensetracker.application.port.in.VerifyEmailUseCase;
import org.expensetracker.application.port.out.Transactions;
import org.expensetracker.application.port.out.Users;
import org.expensetracker.domain.identity.Email;
import org.expensetracker.domain.identity.User;
import org.expensetracker.domain.otp.OtpCode;
import org.expensetracker.domain.otp.OtpPurpose;

/** Verifies an address with its code, and sends a new code on request. */
final class EmailVerification implements VerifyEmailUseCase, ResendCodeUseCase {
  private final Transactions transactions;
  private final Now now;
  private final Users users;
  private final Codes codes;
  private final Throttle throttle;
  private final IdentitySettings.Limits limits;

  EmailVerification(
      Transactions transactions,
      Now now,
      Users users,
      Codes codes,
      Throttle throttle,
      IdentitySettings.Limits limits) {
    this.transactions = transactions;
    this.now = now;
    this.users = users;
    this.codes = codes;
    this.throttle = throttle;
    this.limits = limits;
  }

  @Override
  public UserProfile verify(VerifyEmailUseCase.Command command) {
    Throttle.Counter account =
        new Throttle.Counter(limits.otpFailuresPerAccount(), command.email().value());
    Throttle.Counter client =
        new Throttle.Counter(limits.otpFailuresPerClient(), command.clientAddress());
    Instant at = now.instant();
    // The transaction commits a wrong guess before the error below is thrown.
    Optional<User> verified =
        throttle
            .admit(account, client)
            .countFailure(
                () ->
                    transactions.inTransaction(
                        () ->
                            pending(command.email(), at)
                                .filter(
                                    user ->
                                        codes.consume(
                                            command.email(),
                                            OtpPurpose.VERIFY_EMAIL,
                                            command.code(),
                                            at))
                                .map(
                                    user -> {
                                      User done = user.verify();
                                      users.update(done);
                                      return done;
                                    })));
    return UserProfile.of(verified.orElseThrow(Codes::rejected));
  }

  @Override
  public void resend(Email email, String clientAddress) {
    codes.admitSend(
        email,
        OtpPurpose.VERIFY_EMAIL,
        new Throttle.Counter(limits.codeRequestsPerClient(), clientAddress));
    Instant at = now.instant();
    Optional<OtpCode> code =
        transactions.inTransaction(
            () -> pending(email, at).map(user -> codes.issue(email, OtpPurpose.VERIFY_EMAIL, at)));
    code.ifPresent(c -> codes.deliver(email, OtpPurpose.VERIFY_EMAIL, c));
  }

  /** The registration waiting for verification at this address, if any. */
  private Optional<User> pending(Email email, Instant at) {
    return users.byEmail(email).filter(user -> !user.verified() && !user.expired(at));
  }
}
