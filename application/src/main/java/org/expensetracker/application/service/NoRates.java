package org.expensetracker.application.service;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Currency;
import java.util.List;
import java.util.Optional;
import org.expensetracker.application.port.out.ExchangeRates;
import org.expensetracker.application.port.out.ReferenceRates;
import org.expensetracker.domain.identity.UserId;
import org.expensetracker.domain.money.ExchangeRate;
import org.expensetracker.domain.workspace.WorkspaceId;

/**
 * Stands in for rate ports an embedding application did not configure: no rates are known (so only
 * a client's own {@code exchange_rate} converts), and none can be set.
 */
final class NoRates implements ExchangeRates, ReferenceRates {

  @Override
  public void put(WorkspaceId workspace, ExchangeRate rate, UserId setBy, Instant at) {
    throw new IllegalStateException("Exchange rates are not configured (Builder.exchangeRates)");
  }

  @Override
  public List<ExchangeRate> list(WorkspaceId workspace, Currency to) {
    return List.of();
  }

  @Override
  public Optional<ExchangeRate> onOrBefore(
      WorkspaceId workspace, Currency from, Currency to, LocalDate day) {
    return Optional.empty();
  }

  @Override
  public Optional<ExchangeRate> cachedReference(Currency from, Currency to, LocalDate day) {
    return Optional.empty();
  }

  @Override
  public void cacheReference(LocalDate day, ExchangeRate rate) {}

  @Override
  public Optional<ExchangeRate> find(Currency from, Currency to, LocalDate day) {
    return Optional.empty();
  }
}
