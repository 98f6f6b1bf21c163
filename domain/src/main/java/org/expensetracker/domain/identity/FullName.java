package org.expensetracker.domain.identity;

import org.expensetracker.domain.shared.InvalidInput;

/** A person's display name: trimmed, 1 to 100 characters, no control characters. */
public record FullName(String value) {
  public static final int MAX_LENGTH = 100;

  public FullName {
    if (value == null) {
      throw new InvalidInput("full_name", "is required");
    }
    if (value.length() > 4 * MAX_LENGTH) {
      throw new InvalidInput("full_name", "must be at most " + MAX_LENGTH + " characters");
    }
    value = value.strip();
    int length = value.codePointCount(0, value.length());
    if (length == 0) {
      throw new InvalidInput("full_name", "must not be blank");
    }
    if (length > MAX_LENGTH) {
      throw new InvalidInput("full_name", "must be at most " + MAX_LENGTH + " characters");
    }
    if (value.codePoints().anyMatch(Character::isISOControl)) {
      throw new InvalidInput("full_name", "must not contain control characters");
    }
  }

  @Override
  public String toString() {
    return value;
  }
}
