package org.expensetracker.adapters.http;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Currency;
import java.util.Optional;
import java.util.Set;
import org.expensetracker.application.port.in.OriginalAmount;
import org.expensetracker.domain.money.Conversion;
import org.expensetracker.domain.money.Money;
import org.expensetracker.domain.shared.Validation;

/**
 * Reads and writes the fields of money spent in another currency: {@code original_amount}, {@code
 * original_currency} and {@code exchange_rate} in; those plus {@code rate_source} and {@code
 * rate_date} out.
 */
final class OriginalAmounts {
  static final Set<String> WRITABLE =
      Set.of("original_amount", "original_currency", "exchange_rate");
  static final Set<String> READ_ONLY = Set.of("rate_source", "rate_date");

  private OriginalAmounts() {}

  /**
   * Empty when none of the three fields is there. The rate must be a JSON string ({@code
   * "0.0067"}): a JSON number is a binary double to many clients, and a rate must arrive exact.
   */
  static Optional<OriginalAmount> read(JsonFields body, Validation validation) {
    if (WRITABLE.stream().noneMatch(body::containsKey)) {
      return Optional.empty();
    }
    for (String name : WRITABLE) {
      if (body.isNull(name)) {
        validation.add(name, "cannot be null");
      }
    }
    Optional<BigDecimal> amount = body.decimal("original_amount", validation);
    Optional<Currency> currency =
        body.text("original_currency", validation)
            .map(code -> validation.attempt(() -> Money.currency(code, "original_currency")));
    Optional<BigDecimal> rate = Optional.empty();
    if (body.containsKey("exchange_rate") && !body.isNull("exchange_rate")) {
      rate =
          body.text("exchange_rate", validation)
              .map(text -> validation.attempt(() -> Money.parseDecimal(text, "exchange_rate")));
    }
    return Optional.of(new OriginalAmount(amount, currency, rate));
  }

  /** The five response fields, all null when the money was in the workspace currency. */
  record ConversionJson(
      String originalAmount,
      String originalCurrency,
      String exchangeRate,
      String rateSource,
      LocalDate rateDate) {
    static ConversionJson of(Conversion c) {
      if (c == null) {
        return new ConversionJson(null, null, null, null, null);
      }
      return new ConversionJson(
          c.original().toString(),
          c.original().currency().getCurrencyCode(),
          c.rate().rateText(),
          c.rate().source().wireName(),
          c.rate().date());
    }
  }
}
