package org.expensetracker.application.port.in;

import java.math.BigDecimal;
import java.util.Currency;
import java.util.Objects;
import java.util.Optional;

/**
 * What a client said about money spent in another currency: {@code original_amount}, {@code
 * original_currency} and, optionally, the {@code exchange_rate} into the workspace currency (else
 * the server looks one up for the day). Any of them may be absent in a PATCH.
 */
public record OriginalAmount(
    Optional<BigDecimal> amount, Optional<Currency> currency, Optional<BigDecimal> rate) {
  public OriginalAmount {
    Objects.requireNonNull(amount, "amount");
    Objects.requireNonNull(currency, "currency");
    Objects.requireNonNull(rate, "rate");
  }
}
