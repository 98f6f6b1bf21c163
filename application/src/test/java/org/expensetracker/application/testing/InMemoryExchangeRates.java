package org.expensetracker.application.testing;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Currency;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.expensetracker.application.port.out.ExchangeRates;
import org.expensetracker.domain.identity.UserId;
import org.expensetracker.domain.money.ExchangeRate;
import org.expensetracker.domain.workspace.WorkspaceId;

/** In-memory {@link ExchangeRates}, answering like the SQL. */
public final class InMemoryExchangeRates implements ExchangeRates {
  private record WorkspaceKey(WorkspaceId workspace, String from, String to, LocalDate day) {}

  private record ReferenceKey(String from, String to, LocalDate day) {}

  private final Map<WorkspaceKey, ExchangeRate> workspaceRates = new ConcurrentHashMap<>();
  private final Map<ReferenceKey, ExchangeRate> reference = new ConcurrentHashMap<>();

  @Override
  public void put(WorkspaceId workspace, ExchangeRate rate, UserId setBy, Instant at) {
    workspaceRates.put(
        new WorkspaceKey(
            workspace, rate.from().getCurrencyCode(), rate.to().getCurrencyCode(), rate.date()),
        rate);
  }

  @Override
  public List<ExchangeRate> list(WorkspaceId workspace, Currency to) {
    List<ExchangeRate> rates = new ArrayList<>();
    workspaceRates.forEach(
        (key, rate) -> {
          if (key.workspace().equals(workspace) && rate.to().equals(to)) {
            rates.add(rate);
          }
        });
    rates.sort(
        Comparator.comparing((ExchangeRate r) -> r.from().getCurrencyCode())
            .thenComparing(ExchangeRate::date, Comparator.reverseOrder()));
    return rates;
  }

  @Override
  public Optional<ExchangeRate> onOrBefore(
      WorkspaceId workspace, Currency from, Currency to, LocalDate day) {
    return list(workspace, to).stream()
        .filter(r -> r.from().equals(from) && !r.date().isAfter(day))
        .findFirst();
  }

  @Override
  public Optional<ExchangeRate> cachedReference(Currency from, Currency to, LocalDate day) {
    return Optional.ofNullable(
        reference.get(new ReferenceKey(from.getCurrencyCode(), to.getCurrencyCode(), day)));
  }

  @Override
  public void cacheReference(LocalDate day, ExchangeRate rate) {
    reference.putIfAbsent(
        new ReferenceKey(rate.from().getCurrencyCode(), rate.to().getCurrencyCode(), day), rate);
  }
}
