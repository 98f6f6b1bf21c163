package org.expensetracker.application.service;

import java.time.Clock;
import org.expensetracker.application.IdentitySettings;
import org.expensetracker.application.port.in.AuthenticateUseCase;
import org.expensetracker.application.port.in.GetCurrentUserUseCase;
import org.expensetracker.application.port.in.LoginUseCase;
import org.expensetracker.application.port.in.RegisterUseCase;
import org.expensetracker.application.port.out.IdGenerator;
import org.expensetracker.application.port.out.PasswordHasher;
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

  public IdentityModule(
      Transactions transactions,
      Clock clock,
      IdGenerator ids,
      Users users,
      PasswordHasher hasher,
      TokenIssuer tokenIssuer,
      TokenVerifier tokenVerifier,
      IdentitySettings settings) {
    Now now = new Now(clock);
    this.registration = new Registration(transactions, now, ids, users, hasher, settings);
    this.login = new Login(transactions, now, users, hasher, tokenIssuer);
    this.authentication = new Authentication(transactions, users, tokenVerifier);
    this.profiles = new Profiles(transactions, users);
  }

  public RegisterUseCase register() {
    return registration;
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
}
