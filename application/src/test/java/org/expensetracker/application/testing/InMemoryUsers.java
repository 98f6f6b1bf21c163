package org.expensetracker.application.testing;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.expensetracker.application.port.out.Users;
import org.expensetracker.domain.identity.Email;
import org.expensetracker.domain.identity.PasswordHash;
import org.expensetracker.domain.identity.TokenValidity;
import org.expensetracker.domain.identity.User;
import org.expensetracker.domain.identity.UserId;
import org.expensetracker.domain.shared.Conflict;

/** In-memory {@link Users}, keeping the same unique-email rule as the database. */
public final class InMemoryUsers implements Users {
  private final Map<UserId, User> byId = new LinkedHashMap<>();

  @Override
  public synchronized Optional<User> byId(UserId id) {
    return Optional.ofNullable(byId.get(id));
  }

  @Override
  public synchronized Optional<User> byEmail(Email email) {
    return byId.values().stream().filter(u -> u.email().equals(email)).findFirst();
  }

  @Override
  public synchronized Optional<TokenValidity> tokenValidity(UserId id) {
    return byId(id).map(User::tokenValidity);
  }

  @Override
  public synchronized void add(User user) {
    if (byId.containsKey(user.id()) || byEmail(user.email()).isPresent()) {
      throw new Conflict("email-taken", "An account with this email address already exists");
    }
    byId.put(user.id(), user);
  }

  @Override
  public synchronized void update(User user) {
    if (!byId.containsKey(user.id())) {
      throw new IllegalStateException("no such user " + user.id());
    }
    byId.put(user.id(), user);
  }

  @Override
  public synchronized boolean replacePasswordHash(
      UserId id, PasswordHash expected, PasswordHash replacement) {
    User user = byId.get(id);
    if (user == null || !user.passwordHash().equals(expected)) {
      return false;
    }
    byId.put(id, user.rehash(replacement));
    return true;
  }

  /** Test helper: the account disappears (as if deleted by an operator). */
  public synchronized void remove(UserId id) {
    byId.remove(id);
  }
}
