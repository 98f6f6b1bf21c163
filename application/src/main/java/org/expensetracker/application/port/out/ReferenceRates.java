package org.expensetracker.application.port.out;

import java.time.LocalDate;
import java.util.Currency;
import java.util.Optional;
import org.expensetracker.domain.money.ExchangeRate;

/**
 * Outgoing port: a provider of daily reference rates (for example the ECB's, as the Frankfurter API
 * serves them). Called outside any transaction; results are cached through {@link ExchangeRates}.
 */
public interface ReferenceRates {

  /**
   * The rate from {@code from} to {@code to} published on {@code day} or the last day before it
   * (there are none on weekends and holidays); empty when the provider has none or cannot be
   * reached.
   */
  Optional<ExchangeRate> find(Currency from, Currency to, LocalDate day);
}
