package org.expensetracker.domain.expense;

import java.util.Objects;
import java.util.UUID;

/** Identity of an expense. */
public record ExpenseId(UUID value) {
  public ExpenseId {
    Objects.requireNonNull(value, "value");
  }

  @Override
  public String toString() {
    return value.toString();
  }
}
