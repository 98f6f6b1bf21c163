package org.expensetracker.domain.money;

import java.util.Locale;
import org.expensetracker.domain.shared.InvalidInput;

/** Where the exchange rate kept on an expense or settlement came from. */
public enum RateSource {
  /** Given by the client with the expense ({@code exchange_rate}). */
  CLIENT,
  /** The workspace's own rate table, which its admins maintain. */
  WORKSPACE,
  /** A provider of daily reference rates (for example the ECB's, via Frankfurter). */
  REFERENCE;

  public String wireName() {
    return name().toLowerCase(Locale.ROOT);
  }

  public static RateSource parse(String name) {
    for (RateSource source : values()) {
      if (source.wireName().equals(name)) {
        return source;
      }
    }
    throw new InvalidInput("rate_source", "must be client, workspace or reference");
  }
}
