package org.expensetracker.application.port.out;

import java.util.Optional;
import org.expensetracker.domain.identity.Email;
import org.expensetracker.domain.identity.PasswordHash;
import org.expensetracker.domain.identity.User;
import org.expensetracker.domain.identity.UserId;

/** Outgoing port: the registered users. */
public interface Users {
  Optional<User> byId(UserId id);

  Optional<User> byEmail(Email email);

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
