package org.expensetracker.domain.workspace;

import java.time.Instant;
import java.util.Objects;
import org.expensetracker.domain.identity.UserId;

/** A person in a workspace, with their role, as listed to other members. */
public record Member(UserId user, String email, String fullName, Role role, Instant joinedAt) {
  public Member {
    Objects.requireNonNull(user, "user");
    Objects.requireNonNull(email, "email");
    Objects.requireNonNull(fullName, "fullName");
    Objects.requireNonNull(role, "role");
    Objects.requireNonNull(joinedAt, "joinedAt");
  }
}
