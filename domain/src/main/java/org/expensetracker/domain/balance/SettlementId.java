package org.expensetracker.domain.balance;

import java.util.Objects;
import java.util.UUID;

/** Identity of a recorded settlement. */
public record SettlementId(UUID value) {
  public SettlementId {
    Objects.requireNonNull(value, "value");
  }

  @Override
  public String toString() {
    return value.toString();
  }
}
