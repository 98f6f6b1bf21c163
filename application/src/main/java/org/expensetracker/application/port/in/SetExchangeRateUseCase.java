package org.expensetracker.application.port.in;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Currency;
import java.util.Objects;
import org.expensetracker.domain.money.ExchangeRate;

/**
 * Incoming port: set the workspace's own rate from a currency into the workspace currency, valid
 * from a day until the next rate of that currency (admins and the owner may). Setting the same
 * currency and day again replaces the rate; expenses already recorded keep the rate they were
 * converted with.
 */
public interface SetExchangeRateUseCase {

  ExchangeRate set(Command command);

  /** {@code rate}: units of the workspace currency one unit of {@code currency} buys. */
  record Command(Scope scope, Currency currency, BigDecimal rate, LocalDate validFrom) {
    public Command {
      Objects.requireNonNull(scope, "scope");
      Objects.requireNonNull(currency, "currency");
      Objects.requireNonNull(validFrom, "validFrom");
    }
  }
}
