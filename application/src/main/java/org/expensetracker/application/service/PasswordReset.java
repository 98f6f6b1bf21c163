package org.expensetracker.application.service;

import java.time.Instant;
import java.util.Optional;
import org.expensetracker.application.IdentitySettings;
import org.expensetracker.application.port.in.RequestPasswordResetUseCase;
import org.expensetracker.application.port.in.ResetPasswordUseCase;
import org.expensetracker.application.port.out.PasswordHasher;
import org.expensetracker.application.port.out.Transactions;
import org.expensetracker.application.port.out.Users;
import org.expensetracker.domain.identity.Email;
import org.expensetracker.domain.identity.PasswordHash;
import org.expensetracker.domain.identity.User;
import org.expensetracker.domain.otp.OtpCode;
import org.expensetracker.domain.otp.OtpPurpose;

/** Password reset by a code sent to a verified address. */
final class PasswordReset implements RequestPasswordResetUseCase, ResetPasswordUseCase {
  private final Transactions transactions;
  private final Now now;
  private final Users users;
  private final PasswordHasher hasher;
  private final Codes codes;
  private final Throttle throttle;
  private final IdentitySettings.Limits limits;

  PasswordReset(
      Transactions transactions,
      Now now,
      Users users,
      PasswordHasher hasher,
      Codes codes,
      Throttle throttle,
      IdentitySettings.Limits limits) {
    this.transactions = transactions;
    this.now = now;
    this.users = users;
    this.hasher = hasher;
    this.codes = codes;
    this.throttle = throttle;
    this.limits = limits;
  }

  @Override
  public void requestReset(Email email, String clientAddress) {
    codes.admitSend(
        email,
        OtpPurpose.PASSWORD_RESET,
        new Throttle.Counter(limits.codeRequestsPerClient(), clientAddress));
    Instant at = now.instant();
    Optional<OtpCode> code =
        transactions.inTransaction(
            () ->
                users
                    .byEmail(email)
                    .filter(User::verified)
                    .map(user -> codes.issue(email, OtpPurpose.PASSWORD_RESET, at)));
    code.ifPresent(c -> codes.deliver(email, OtpPurpose.PASSWORD_RESET, c));
  }

  @Override
  public void resetPassword(ResetPasswordUseCase.Command command) {
    Throttle.Counter account =
        new Throttle.Counter(limits.otpFailuresPerAccount(), command.email().value());
    Throttle.Counter client =
        new Throttle.Counter(limits.otpFailuresPerClient(), command.clientAddress());
    Throttle.Admission attempt = throttle.admit(account, client);
    Instant at = now.instant();
    attempt
        .countFailure(
            () -> {
              PasswordHash hash = hasher.hash(command.newPassword());
              return transactions.inTransaction(
                  () ->
                      users
                          .byEmail(command.email())
                          .filter(User::verified)
                          .filter(
                              user ->
                                  codes.consume(
                                      command.email(),
                                      OtpPurpose.PASSWORD_RESET,
                                      command.code(),
                                      at))
                          .map(
                              user -> {
                                User changed = user.changePassword(hash, at);
                                users.update(changed);
                                return changed;
                              }));
            })
        .orElseThrow(Codes::rejected);
  }
}
