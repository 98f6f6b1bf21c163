package org.expensetracker.domain.testing;

import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.util.List;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.expensetracker.domain.shared.FieldError;
import org.expensetracker.domain.shared.InvalidInput;

/** Runs code that must be refused as invalid input and returns the fields it names. */
public final class Errors {
  private Errors() {}

  public static List<String> invalidFields(ThrowingCallable code) {
    InvalidInput error = catchThrowableOfType(InvalidInput.class, code);
    if (error == null) {
      throw new AssertionError("Expected InvalidInput, but nothing was thrown");
    }
    return error.errors().stream().map(FieldError::field).toList();
  }

  public static String messageOf(ThrowingCallable code, String field) {
    InvalidInput error = catchThrowableOfType(InvalidInput.class, code);
    if (error == null) {
      throw new AssertionError("Expected InvalidInput, but nothing was thrown");
    }
    return error.errors().stream()
        .filter(e -> e.field().equals(field))
        .map(FieldError::message)
        .findFirst()
        .orElseThrow(() -> new AssertionError("No error for " + field + ": " + error.errors()));
  }
}
