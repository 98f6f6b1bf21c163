package org.expensetracker.domain.workspace;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Objects;
import org.expensetracker.domain.identity.UserId;

/** One person in a workspace: who, with which role, since when (to the millisecond). */
public record Member(UserId user, Role role, Instant joinedAt) {
  public Member {
    Objects.requireNonNull(user, "user");
    Objects.requireNonNull(role, "role");
    joinedAt = Objects.requireNonNull(joinedAt, "joinedAt").truncatedTo(ChronoUnit.MILLIS);
  }

  Member withRole(Role newRole) {
    return new Member(user, newRole, joinedAt);
  }
}
