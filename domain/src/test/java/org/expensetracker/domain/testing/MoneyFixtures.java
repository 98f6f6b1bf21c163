package org.expensetracker.domain.testing;

import java.util.Currency;
import org.expensetracker.domain.money.Money;

/** Short ways to write amounts in tests: {@code usd("10.00")}, {@code jpy("1000")}. */
public final class MoneyFixtures {
  public static final Currency USD = Currency.getInstance("USD");
  public static final Currency JPY = Currency.getInstance("JPY");
  public static final Currency KWD = Currency.getInstance("KWD");

  private MoneyFixtures() {}

  public static Money usd(String amount) {
    return money(amount, USD);
  }

  public static Money jpy(String amount) {
    return money(amount, JPY);
  }

  public static Money kwd(String amount) {
    return money(amount, KWD);
  }

  public static Money money(String amount, Currency currency) {
    return Money.parse(amount, currency, "amount");
  }
}
