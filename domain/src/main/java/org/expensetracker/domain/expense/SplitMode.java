package org.expensetracker.domain.expense;

import java.util.Locale;
import org.expensetracker.domain.shared.InvalidInput;

/** How an expense's amount is divided among its participants. */
public enum SplitMode {
  /** The same part for everyone listed; the shares carry no value. */
  EQUAL(null),
  /** Each share names its amount; the amounts add up to the expense amount. */
  EXACT("amount"),
  /** Each share names a percentage with up to 2 decimals; they add up to exactly 100. */
  PERCENT("percent"),
  /** Each share names a whole-number weight; parts are proportional to the weights. */
  SHARES("weight");

  private final String valueField;

  SplitMode(String valueField) {
    this.valueField = valueField;
  }

  /** The lower-case name used on the wire and in storage. */
  public String wireName() {
    return name().toLowerCase(Locale.ROOT);
  }

  /**
   * The wire name of a share's value in this mode ({@code amount}, {@code percent}, {@code
   * weight}), as used in error fields such as {@code split.shares[0].percent}; null for equal.
   */
  public String valueField() {
    return valueField;
  }

  /** Reads a wire name; absent means {@link #EQUAL}, anything unknown is refused. */
  public static SplitMode parse(String wireName) {
    if (wireName == null) {
      return EQUAL;
    }
    for (SplitMode mode : values()) {
      if (mode.wireName().equals(wireName)) {
        return mode;
      }
    }
    throw new InvalidInput("split.mode", "must be one of equal, exact, percent, shares");
  }
}
