package org.expensetracker.domain.shared;

import java.util.ArrayList;
import java.util.List;

/**
 * Collects field errors so a command can report all of them at once, then throws one {@link
 * InvalidInput}.
 */
public final class Validation {
  private final List<FieldError> errors = new ArrayList<>();

  public Validation check(boolean ok, String field, String message) {
    if (!ok) {
      errors.add(new FieldError(field, message));
    }
    return this;
  }

  public Validation add(String field, String message) {
    errors.add(new FieldError(field, message));
    return this;
  }

  /** Runs a parser and records its {@link InvalidInput} instead of throwing at once. */
  public <T> T attempt(java.util.function.Supplier<T> parse) {
    try {
      return parse.get();
    } catch (InvalidInput e) {
      errors.addAll(e.errors());
      return null;
    }
  }

  public boolean hasErrors() {
    return !errors.isEmpty();
  }

  public void throwIfInvalid() {
    if (!errors.isEmpty()) {
      throw new InvalidInput(errors);
    }
  }
}
