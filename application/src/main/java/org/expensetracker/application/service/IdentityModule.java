package org.expensetracker.application.service;

import java.time.Clock;
import org.expensetracker.application.IdentitySettings;
import org.expensetracker.application.port.in.AuthenticateUseCase;
import org.expensetracker.application.port.in.ChangePasswordUseCase;
import org.expensetracker.application.port.in.GetCurrentUserUseCase;
import org.expensetracker.application.port.in.LoginUseCase;
import org.expensetracker.application.port.in.RegisterUseCase;
import org.expensetracker.application.port.in.RequestPasswordResetUseCase;
import org.expensetracker.application.port.in.ResendCodeUseCase;
import org.expensetracker.application.port.in.ResetPasswordUseCase;
import org.expensetracker.application.port.in.UpdateProfileUseCase;
import org.expensetracker.application.port.in.VerifyEmailUseCase;
import org.expensetracker.application.port.out.IdGenerator;
import org.expensetracker.application.port.out.OtpSender;
import org.expensetracker.application.port.out.OtpStore;
import org.expensetracker.application.port.out.PasswordHasher;
import org.expensetracker.application.port.out.RateLimits;
import org.expensetracker.application.port.out.TokenIssuer;
import org.expensetracker.application.port.out.TokenVerifier;
import org.expensetracker.application.port.out.Transactions;
import org.expensetracker.application.port.out.Users;

/**
 * The identity use cases built from their outgoing ports; the services behind them stay
 * package-private. {@code ExpenseTracker} hands these out.
 */
public final class IdentityModule {
  private final Registration registration;
  private final Login login;
  private final Authentication authentication;
  private final Profiles profiles;
  private final EmailVerification verification;
  private final PasswordReset reset;

  /** Every outgoing port the identity use cases need. */
  public record Ports(
      Transactions transactions,
      Clock clock,
      IdGenerator ids,
      Users users,
      PasswordHasher hasher,
      TokenIssuer tokenIssuer,
      TokenVerifier tokenVerifier,
      OtpStore otpStore,
      OtpSender otpSender,
      RateLimits rateLimits) {}

  public IdentityModule(Ports ports, IdentitySettings settings) {
    Now now = new Now(ports.clock());
    Transactions tx = ports.transactions();
    Users users = ports.users();
    PasswordHasher hasher = ports.hasher();
    IdentitySettings.Limits limits = settings.limits();
    Throttle throttle = new Throttle(ports.rateLimits(), now);
    Codes codes = new Codes(ports.otpStore(), ports.otpSender(), throttle, settings);
    this.registration =
        new Registration(tx, now, ports.ids(), users, hasher, codes, throttle, settings);
    this.login = new Login(tx, now, users, hasher, ports.tokenIssuer(), throttle, limits);
    this.authentication = new Authentication(users, ports.tokenVerifier());
    this.profiles = new Profiles(tx, now, users, hasher, throttle, limits);
    this.verification = new EmailVerification(tx, now, users, codes, throttle, limits);
    this.reset = new PasswordReset(tx, now, users, hasher, codes, throttle, limits);
  }

  public RegisterUseCase register() {
    return registration;
  }

  public VerifyEmailUseCase verifyEmail() {
    return verification;
  }

  public ResendCodeUseCase resendCode() {
    return verification;
  }

  public LoginUseCase login() {
    return login;
  }

  public AuthenticateUseCase authenticate() {
    return authentication;
  }

  public GetCurrentUserUseCase currentUser() {
    return profiles;
  }

  public UpdateProfileUseCase updateProfile() {
    return profiles;
  }

  public ChangePasswordUseCase changePassword() {
    return profiles;
  }

  public RequestPasswordResetUseCase requestPasswordReset() {
    return reset;
  }

  public ResetPasswordUseCase resetPassword() {
    return reset;
  }
}
