package org.expensetracker.application.port.in;

import java.time.Instant;
import org.expensetracker.domain.identity.User;
import org.expensetracker.domain.identity.UserId;

/** What a user may see of an account: never the password hash. */
public record UserProfile(
    UserId id, String email, String fullName, boolean verified, Instant createdAt) {

  public static UserProfile of(User user) {
    return new UserProfile(
        user.id(),
        user.email().value(),
        user.fullName().value(),
        user.verified(),
        user.createdAt());
  }
}
