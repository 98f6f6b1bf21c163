package org.expensetracker.domain.identity;

import java.util.Objects;

/** A stored password hash. Opaque to the core; never printed. */
public record PasswordHash(String value) {
  public PasswordHash {
    Objects.requireNonNull(value, "value");
    if (value.isBlank()) {
      throw new IllegalArgumentException("empty password hash");
    }
  }

  @Override
  public String toString() {
    return "PasswordHash[redacted]";
  }
}
