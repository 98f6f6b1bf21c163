package org.expensetracker.domain.identity;

import org.expensetracker.domain.shared.DisplayText;

/** A person's display name: trimmed, 1 to 100 characters, no control characters. */
public record FullName(String value) {
  public static final int MAX_LENGTH = 100;

  public FullName {
    value = DisplayText.clean(value, "full_name", MAX_LENGTH);
  }

  @Override
  public String toString() {
    return value;
  }
}
