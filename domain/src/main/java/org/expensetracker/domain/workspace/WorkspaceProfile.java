package org.expensetracker.domain.workspace;

import java.time.Instant;
import java.util.Currency;
import java.util.Objects;
import org.expensetracker.domain.money.Money;
import org.expensetracker.domain.shared.InvalidInput;

/** A workspace's own facts: name (1 to 100 characters, trimmed), currency, creation time. */
public record WorkspaceProfile(WorkspaceId id, String name, Currency currency, Instant createdAt) {
  public static final int MAX_NAME = 100;

  public WorkspaceProfile {
    Objects.requireNonNull(id, "id");
    name = validName(name);
    Objects.requireNonNull(currency, "currency");
    Money.scaleOf(currency);
    Objects.requireNonNull(createdAt, "createdAt");
  }

  /** Trims and checks a name; {@link InvalidInput} on field {@code name}. */
  public static String validName(String raw) {
    String name = raw == null ? "" : raw.strip();
    if (name.isEmpty() || name.codePointCount(0, name.length()) > MAX_NAME) {
      throw new InvalidInput("name", "must be 1 to " + MAX_NAME + " characters");
    }
    return name;
  }
}
