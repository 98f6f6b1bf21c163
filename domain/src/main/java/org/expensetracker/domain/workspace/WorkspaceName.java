package org.expensetracker.domain.workspace;

import org.expensetracker.domain.shared.DisplayText;

/** A workspace's display name: trimmed, 1 to 100 characters, no control characters. */
public record WorkspaceName(String value) {
  public static final int MAX_LENGTH = 100;

  public WorkspaceName {
    value = DisplayText.clean(value, "name", MAX_LENGTH);
  }

  @Override
  public String toString() {
    return value;
  }
}
