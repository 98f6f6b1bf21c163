package org.expensetracker.domain.money;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.Currency;
import java.util.Objects;
import org.expensetracker.domain.shared.InvalidInput;

/**
 * How many units of {@code to} one unit of {@code from} bought on {@code date}, exactly as stated
 * (a decimal, never a binary floating point), and where that figure came from.
 *
 * <p>Converting is the one place money is rounded: {@code amount × rate}, computed exactly, then
 * rounded once, half-even, to the scale of {@code to} (see {@link #convert}).
 */
public record ExchangeRate(
    Currency from, Currency to, BigDecimal rate, LocalDate date, RateSource source) {

  /** Rates are kept with at most this many decimals (the column is plain {@code numeric}). */
  public static final int MAX_SCALE = 12;

  /** Above any real rate between two ISO 4217 currencies; bounds the work of a multiplication. */
  public static final BigDecimal MAX_RATE = new BigDecimal("1000000000");

  public ExchangeRate {
    Objects.requireNonNull(from, "from");
    Objects.requireNonNull(to, "to");
    Objects.requireNonNull(date, "date");
    Objects.requireNonNull(source, "source");
    if (from.equals(to)) {
      throw new IllegalArgumentException("A rate converts between two different currencies");
    }
    if (!valid(rate)) {
      throw new IllegalArgumentException("Not a valid rate: " + rate);
    }
    rate = canonical(rate);
  }

  /**
   * Checks a rate a client or an admin sent: positive, at most {@link #MAX_RATE}, at most {@link
   * #MAX_SCALE} decimals; never rounded.
   */
  public static BigDecimal parse(BigDecimal value, String field) {
    if (value == null) {
      throw new InvalidInput(field, "is required");
    }
    if (value.signum() <= 0) {
      throw new InvalidInput(field, "must be greater than 0");
    }
    if (value.compareTo(MAX_RATE) > 0) {
      throw new InvalidInput(field, "must be at most " + MAX_RATE.toPlainString());
    }
    if (value.stripTrailingZeros().scale() > MAX_SCALE) {
      throw new InvalidInput(field, "has more than " + MAX_SCALE + " decimal places");
    }
    return canonical(value);
  }

  private static boolean valid(BigDecimal rate) {
    return rate != null
        && rate.signum() > 0
        && rate.compareTo(MAX_RATE) <= 0
        && rate.stripTrailingZeros().scale() <= MAX_SCALE;
  }

  /** Trailing zeros dropped (but never an exponent form): 1.5000 and 1.5 are the same rate. */
  private static BigDecimal canonical(BigDecimal rate) {
    BigDecimal stripped = rate.stripTrailingZeros();
    return stripped.scale() < 0 ? stripped.setScale(0) : stripped;
  }

  /**
   * {@code amount} (in {@code from}) in {@code to}: the exact product, rounded once, half-even, to
   * the scale of {@code to}. Half-even (banker's rounding) has no upward bias over many
   * conversions.
   */
  public Money convert(Money amount) {
    if (!amount.currency().equals(from)) {
      throw new IllegalArgumentException(
          "Rate from " + from.getCurrencyCode() + " applied to " + amount.currency());
    }
    BigDecimal product = amount.amount().multiply(rate);
    return new Money(product.setScale(Money.scaleOf(to), RoundingMode.HALF_EVEN), to);
  }

  /** The same figure from another source or for another day (as kept on an expense). */
  public ExchangeRate as(RateSource newSource, LocalDate newDate) {
    return new ExchangeRate(from, to, rate, newDate, newSource);
  }

  /** The rate as sent on the wire: a plain decimal string such as {@code "0.0067"}. */
  public String rateText() {
    return rate.toPlainString();
  }
}
