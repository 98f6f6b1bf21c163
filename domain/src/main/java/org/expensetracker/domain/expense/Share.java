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
    // One spelling per number (7.50 and 7.5 are the same share), so stored and stated splits
    // compare equal; a value this far out of range is refused by the split's checks anyway.
    if (value != null && value.scale() > 0 && value.precision() < 200) {
      value = value.stripTrailingZeros();
      if (value.scale() < 0) {
        value = value.setScale(0);
      }
    }
  }

  /** A participant of an equal split. */
  public static Share of(UserId user) {
    return new Share(user, null);
  }
}
