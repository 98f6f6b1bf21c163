package org.expensetracker.application.port.in;

import java.time.Instant;
import java.util.Objects;
import org.expensetracker.domain.identity.Email;
import org.expensetracker.domain.identity.FullName;
import org.expensetracker.domain.identity.UserId;
import org.expensetracker.domain.workspace.Role;

/** A member as the other members see them: who, their role, since when. */
public record MemberView(
    UserId userId, Email email, FullName fullName, Role role, Instant joinedAt) {
  public MemberView {
    Objects.requireNonNull(userId, "userId");
    Objects.requireNonNull(email, "email");
    Objects.requireNonNull(fullName, "fullName");
    Objects.requireNonNull(role, "role");
    Objects.requireNonNull(joinedAt, "joinedAt");
  }
}
