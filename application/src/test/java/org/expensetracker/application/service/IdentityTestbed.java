package org.expensetracker.application.service;

import java.nio.charset.StandardCharsets;
import org.expensetracker.application.ExpenseTracker;
import org.expensetracker.application.IdentitySettings;
import org.expensetracker.application.port.in.LoginUseCase;
import org.expensetracker.application.port.in.RegisterUseCase;
import org.expensetracker.application.port.in.UserProfile;
import org.expensetracker.application.port.in.VerifyEmailUseCase;
import org.expensetracker.application.testing.CapturingOtpSender;
import org.expensetracker.application.testing.FakePasswordHasher;
import org.expensetracker.application.testing.FakeTokens;
import org.expensetracker.application.testing.InMemoryOtpStore;
import org.expensetracker.application.testing.InMemoryRateLimits;
import org.expensetracker.application.testing.InMemoryTransactions;
import org.expensetracker.application.testing.InMemoryUsers;
import org.expensetracker.application.testing.MutableClock;
import org.expensetracker.domain.otp.OtpPurpose;

/** The core on in-memory ports, for identity use-case tests. */
final class IdentityTestbed {
  static final String PASSWORD = "a long enough secret phrase";
  static final String CLIENT = "192.0.2.10";
  static final byte[] OTP_KEY =
      "otp key for tests, 32 bytes or more".getBytes(StandardCharsets.UTF_8);

  final MutableClock clock = MutableClock.at("2025-03-01T10:00:00.000Z");
  final InMemoryUsers users = new InMemoryUsers();
  final FakePasswordHasher hasher = new FakePasswordHasher();
  final FakeTokens tokens = new FakeTokens();
  final InMemoryOtpStore otps = new InMemoryOtpStore();
  final InMemoryRateLimits rateLimits = new InMemoryRateLimits();
  final CapturingOtpSender mail = new CapturingOtpSender();
  final ExpenseTracker core;

  IdentityTestbed(boolean otpEnabled) {
    core =
        ExpenseTracker.builder()
            .transactions(new InMemoryTransactions())
            .clock(clock)
            .users(users)
            .passwordHasher(hasher)
            .tokens(tokens)
            .otpStore(otps)
            .otpSender(mail)
            .rateLimits(rateLimits)
            .identitySettings(
                new IdentitySettings(otpEnabled, OTP_KEY, IdentitySettings.Limits.defaults()))
            .build();
  }

  static IdentityTestbed withoutOtp() {
    return new IdentityTestbed(false);
  }

  static IdentityTestbed withOtp() {
    return new IdentityTestbed(true);
  }

  UserProfile register(String email) {
    return register(email, PASSWORD);
  }

  UserProfile register(String email, String password) {
    return core.register()
        .register(RegisterUseCase.Command.parse(email, password, "Ada Lovelace", CLIENT));
  }

  UserProfile verify(String email, String code) {
    return verify(email, code, CLIENT);
  }

  UserProfile verify(String email, String code, String client) {
    return core.verifyEmail().verify(VerifyEmailUseCase.Command.parse(email, code, client));
  }

  String lastCode(String email) {
    return mail.lastCode(email, OtpPurpose.VERIFY_EMAIL).orElseThrow();
  }

  /** A code that is certainly not the one sent. */
  String wrongCode(String email) {
    return lastCode(email).equals("000000") ? "000001" : "000000";
  }

  /** Registered, verified; returns the user. */
  UserProfile verifiedUser(String email) {
    register(email);
    return verify(email, lastCode(email));
  }

  LoginUseCase.Session login(String email, String password) {
    return login(email, password, CLIENT);
  }

  LoginUseCase.Session login(String email, String password, String client) {
    return core.login().login(LoginUseCase.Command.parse(email, password, client, "email"));
  }
}
