package org.expensetracker.domain.money;

import java.util.Objects;
import org.expensetracker.domain.shared.InvalidInput;

/**
 * An amount spent in another currency and the rate that turned it into the workspace currency, kept
 * with the expense (or settlement) so its history never changes when rates move.
 */
public record Conversion(Money original, ExchangeRate rate) {

  public Conversion {
    Objects.requireNonNull(original, "original");
    Objects.requireNonNull(rate, "rate");
    if (!original.currency().equals(rate.from())) {
      throw new IllegalArgumentException("The rate must start from the original currency");
    }
  }

  /** The original amount in the workspace currency (one half-even rounding, see the rate). */
  public Money converted() {
    return rate.convert(original);
  }

  /**
   * Checks a client's {@code amount} against the conversion: the converted amount wins, so a
   * different amount is an error rather than silently replaced.
   */
  public void requireMatches(Money amount, String field) {
    Money converted = converted();
    if (!converted.equals(amount)) {
      throw new InvalidInput(
          field,
          "must equal original_amount × exchange_rate = "
              + converted
              + " (or be left out), not "
              + amount);
    }
  }
}
