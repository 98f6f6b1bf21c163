package org.expensetracker.adapters.persistence;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.Currency;
import org.expensetracker.domain.money.Conversion;
import org.expensetracker.domain.money.ExchangeRate;
import org.expensetracker.domain.money.Money;
import org.expensetracker.domain.money.RateSource;

/**
 * The five columns (migration V70) that keep an expense's or settlement's original amount and the
 * rate that converted it; all NULL when it was in the workspace currency.
 */
final class ConversionColumns {
  /** To append to a column list. */
  static final String COLUMNS =
      ", original_amount_minor, original_currency, exchange_rate, rate_source, rate_date";

  /** To append to a VALUES list, in the order of {@link #COLUMNS}. */
  static final String VALUES =
      ", :original_amount_minor, :original_currency, :exchange_rate, :rate_source, :rate_date";

  /** To append to an UPDATE's SET list. */
  static final String SET =
      ", original_amount_minor = :original_amount_minor, original_currency = :original_currency,"
          + " exchange_rate = :exchange_rate, rate_source = :rate_source, rate_date = :rate_date";

  private ConversionColumns() {}

  static void bind(Params p, Conversion c) {
    p.put("original_amount_minor", c == null ? null : c.original().minorUnitsExact(), Long.class);
    p.put(
        "original_currency",
        c == null ? null : c.original().currency().getCurrencyCode(),
        String.class);
    p.put("exchange_rate", c == null ? null : c.rate().rate(), BigDecimal.class);
    p.put("rate_source", c == null ? null : c.rate().source().wireName(), String.class);
    p.put("rate_date", c == null ? null : c.rate().date(), LocalDate.class);
  }

  /** The conversion into {@code target} kept on the row, or null. */
  static Conversion read(ResultSet rs, Currency target) throws SQLException {
    String code = rs.getString("original_currency");
    if (code == null) {
      return null;
    }
    Currency currency = Currency.getInstance(code);
    return new Conversion(
        Money.ofMinor(rs.getLong("original_amount_minor"), currency),
        new ExchangeRate(
            currency,
            target,
            rs.getBigDecimal("exchange_rate"),
            rs.getObject("rate_date", LocalDate.class),
            RateSource.parse(rs.getString("rate_source"))));
  }
}
