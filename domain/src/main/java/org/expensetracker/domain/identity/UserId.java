package org.expensetracker.domain.identity;

import java.util.Objects;
import java.util.UUID;

/** Identity of a user. */
public record UserId(UUID value) {
  public UserId {
    Objects.requireNonNull(value, "value");
  }

  @Override
  public String toString() {
    return value.toString();
  }
}
