package org.expensetracker.application.port.in;

import java.util.List;
import org.expensetracker.domain.money.ExchangeRate;

/** Incoming port: the workspace's own exchange rates (any member may read them). */
public interface ListExchangeRatesUseCase {

  /** By currency, then newest {@code valid_from} first. */
  List<ExchangeRate> list(Scope scope);
}
