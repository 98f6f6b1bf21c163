package org.expensetracker.domain.expense;

import java.math.BigDecimal;
import java.util.Objects;
import org.expensetracker.domain.identity.UserId;

/**
 * One line of a split request: a participant and the mode's value for them (an amount, a percentage
 * or a weight; absent in an equal split). The value's meaning is checked by {@link Split}.
 */
public record Share(UserId user, BigDecimal value) {
  public Share {
    Objects.requireNonNull(user, "user");
  }

  /** A participant of an equal split. */
  public static Share of(UserId user) {
    return new Share(user, null);
  }
}
