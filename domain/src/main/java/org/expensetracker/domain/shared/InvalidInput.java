package org.expensetracker.domain.shared;

import java.util.List;

/** The input breaks a rule of meaning; lists every bad field, not just the first. */
public class InvalidInput extends DomainException {
  private static final long serialVersionUID = 1L;
  private final transient List<FieldError> errors;

  public InvalidInput(List<FieldError> errors) {
    super("validation-error", summary(errors));
    this.errors = List.copyOf(errors);
  }

  public InvalidInput(String field, String message) {
    this(List.of(new FieldError(field, message)));
  }

  public List<FieldError> errors() {
    return errors;
  }

  private static String summary(List<FieldError> errors) {
    if (errors.isEmpty()) {
      throw new IllegalArgumentException("InvalidInput needs at least one field error");
    }
    return errors.size() == 1
        ? errors.get(0).field() + ": " + errors.get(0).message()
        : errors.size() + " fields are invalid";
  }
}
