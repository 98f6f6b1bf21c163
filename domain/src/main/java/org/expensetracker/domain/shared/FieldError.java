package org.expensetracker.domain.shared;

import java.util.Objects;

/** One invalid field of a request: its name as the client sent it, and why it is wrong. */
public record FieldError(String field, String message) {
  public FieldError {
    Objects.requireNonNull(field, "field");
    Objects.requireNonNull(message, "message");
  }
}
