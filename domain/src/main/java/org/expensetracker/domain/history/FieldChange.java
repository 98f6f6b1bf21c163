package org.expensetracker.domain.history;

import java.util.Objects;

/** One field's value before and after a change; null where the field had or has no value. */
public record FieldChange(String field, String from, String to) {
  public FieldChange {
    Objects.requireNonNull(field, "field");
    if (Objects.equals(from, to)) {
      throw new IllegalArgumentException("A change needs two different values: " + field);
    }
  }
}
