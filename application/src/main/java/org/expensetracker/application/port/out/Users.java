package org.expensetracker.application.port.out;

import java.util.Optional;
import org.expensetracker.domain.identity.Email;
import org.expensetracker.domain.identity.PasswordHash;
import org.expensetracker.domain.identity.TokenValidity;
import org.expensetracker.domain.identity.User;
import org.expensetracker.domain.identity.UserId;

/** Outgoing port: the registered users. */
public interface Users {
  Optional<User> byId(UserId id);

  Optional<User> byEmail(Email email);

  /**
   * What decides whether this user's tokens are accepted, read on every authenticated request;
   * empty for an unknown user. Called outside a transaction. An implementation may answer from a
   * cache if every change it stores ({@link #update}) is seen by its next call, and a change made
   * anywhere else (another instance, an operator's SQL) within moments.
   */
  Optional<TokenValidity> tokenValidity(UserId id);

  /**
   * Stores a new user.
   *
   * @throws org.expensetracker.domain.shared.Conflict {@code email-taken} when the address is
   *     already registered (also when a concurrent registration won the race)
   */
  void add(User user);

  /** Replaces the stored user with the same id. */
  void update(User user);

  /**
   * Swaps the password hash only if it is still {@code expected}, so a rehash on login never undoes
   * a password change that happened meanwhile. Returns whether it did.
   */
  boolean replacePasswordHash(UserId id, PasswordHash expected, PasswordHash replacement);
}
