package org.expensetracker.domain.money;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.Currency;
import java.util.Objects;
import org.expensetracker.domain.shared.InvalidInput;

/**
 * An exact amount in one currency, always at that currency's scale (USD 2, JPY 0, KWD 3).
 *
 * <p>Backed by {@link BigDecimal} rather than a {@code long} so totals over millions of rows cannot
 * overflow; never a binary floating point.
 */
public record Money(BigDecimal amount, Currency currency) implements Comparable<Money> {

  public Money {
    Objects.requireNonNull(amount, "amount");
    Objects.requireNonNull(currency, "currency");
    int scale = scaleOf(currency);
    if (amount.scale() != scale) {
      // Only exact re-scaling is allowed (12.5 -> 12.50); anything that would round is a bug.
      amount = amount.setScale(scale, java.math.RoundingMode.UNNECESSARY);
    }
  }

  public static Money zero(Currency currency) {
    return new Money(BigDecimal.ZERO.setScale(scaleOf(currency)), currency);
  }

  public static Money ofMinor(long minorUnits, Currency currency) {
    return new Money(BigDecimal.valueOf(minorUnits, scaleOf(currency)), currency);
  }

  public static Money ofMinor(BigInteger minorUnits, Currency currency) {
    return new Money(new BigDecimal(minorUnits, scaleOf(currency)), currency);
  }

  /**
   * Parses a plain decimal such as {@code "12.50"} or {@code "12.5"}. Exponent forms, more decimals
   * than the currency has, and anything not a number are refused, never rounded.
   *
   * @param field the request field, so the error can name it
   */
  public static Money parse(String text, Currency currency, String field) {
    BigDecimal value = parseDecimal(text, field);
    int scale = scaleOf(currency);
    if (value.stripTrailingZeros().scale() > scale) {
      throw new InvalidInput(
          field, "has more than " + scale + " decimal places for " + currency.getCurrencyCode());
    }
    return new Money(
        value.setScale(Math.max(scale, 0), java.math.RoundingMode.UNNECESSARY), currency);
  }

  /**
   * Reads a plain decimal such as {@code "12.50"} or {@code "-3"} without a currency (for when the
   * currency is only known later): exponent forms, signs other than a leading minus, and anything
   * not a number are refused.
   */
  public static BigDecimal parseDecimal(String text, String field) {
    if (text == null
        || text.isEmpty()
        || text.length() > 40
        || !PLAIN_DECIMAL.matcher(text).matches()) {
      throw new InvalidInput(field, "must be a plain decimal number such as 12.50");
    }
    return new BigDecimal(text);
  }

  private static final java.util.regex.Pattern PLAIN_DECIMAL =
      java.util.regex.Pattern.compile("-?(0|[1-9][0-9]*)(\\.[0-9]+)?");

  /**
   * Number of decimals of the currency; currencies without one (gold, testing codes) are refused.
   */
  public static int scaleOf(Currency currency) {
    int digits = currency.getDefaultFractionDigits();
    if (digits < 0) {
      throw new InvalidInput(
          "currency", currency.getCurrencyCode() + " has no fixed number of decimals");
    }
    return digits;
  }

  /** Parses an ISO 4217 code such as {@code USD}; unknown or scale-less codes are refused. */
  public static Currency currency(String code, String field) {
    if (code == null || !code.matches("[A-Z]{3}")) {
      throw new InvalidInput(field, "must be an ISO 4217 code such as USD");
    }
    Currency currency;
    try {
      currency = Currency.getInstance(code);
    } catch (IllegalArgumentException e) {
      throw new InvalidInput(field, "is not an ISO 4217 currency code");
    }
    if (currency.getDefaultFractionDigits() < 0) {
      throw new InvalidInput(field, code + " has no fixed number of decimals");
    }
    return currency;
  }

  /** The amount in the currency's smallest unit (cents for USD). */
  public BigInteger minorUnits() {
    return amount.unscaledValue();
  }

  /** The amount in minor units as a long; throws if it does not fit (never for a valid expense). */
  public long minorUnitsExact() {
    return amount.unscaledValue().longValueExact();
  }

  public Money plus(Money other) {
    requireSameCurrency(other);
    return new Money(amount.add(other.amount), currency);
  }

  public Money minus(Money other) {
    requireSameCurrency(other);
    return new Money(amount.subtract(other.amount), currency);
  }

  public Money negate() {
    return new Money(amount.negate(), currency);
  }

  public int signum() {
    return amount.signum();
  }

  public boolean isZero() {
    return amount.signum() == 0;
  }

  public boolean isPositive() {
    return amount.signum() > 0;
  }

  @Override
  public int compareTo(Money other) {
    requireSameCurrency(other);
    return amount.compareTo(other.amount);
  }

  private void requireSameCurrency(Money other) {
    if (!currency.equals(other.currency)) {
      throw new IllegalArgumentException(
          "Currency mismatch: "
              + currency.getCurrencyCode()
              + " vs "
              + other.currency.getCurrencyCode());
    }
  }

  // Written out rather than generated: a record's equals goes through method handles, which the
  // JIT did not inline here, and rebuilding a page of stored expenses compares about 100 totals
  // (7 % of a list request's CPU). Same meaning: the amount (scale included) and the currency.
  @Override
  public boolean equals(Object other) {
    return this == other
        || other instanceof Money money
            && amount.equals(money.amount)
            && currency.equals(money.currency);
  }

  @Override
  public int hashCode() {
    return 31 * amount.hashCode() + currency.hashCode();
  }

  /** The plain decimal at the currency's scale, as sent on the wire: {@code "12.50"}. */
  @Override
  public String toString() {
    return amount.toPlainString();
  }
}
