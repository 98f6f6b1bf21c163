package org.expensetracker.application.testing;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Currency;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import org.expensetracker.application.port.out.ReferenceRates;
import org.expensetracker.domain.money.ExchangeRate;
import org.expensetracker.domain.money.RateSource;

/**
 * A reference-rate provider answering from rates published on given days (the last one on or before
 * the day asked, like the ECB's), counting how often it was asked.
 */
public final class FakeReferenceRates implements ReferenceRates {
  private record Key(Currency from, Currency to, LocalDate day) {}

  private final Map<Key, BigDecimal> published = new ConcurrentHashMap<>();
  private final AtomicInteger calls = new AtomicInteger();

  public FakeReferenceRates publish(String from, String to, LocalDate day, String rate) {
    published.put(
        new Key(Currency.getInstance(from), Currency.getInstance(to), day), new BigDecimal(rate));
    return this;
  }

  public int calls() {
    return calls.get();
  }

  @Override
  public Optional<ExchangeRate> find(Currency from, Currency to, LocalDate day) {
    calls.incrementAndGet();
    return published.entrySet().stream()
        .filter(e -> e.getKey().from().equals(from) && e.getKey().to().equals(to))
        .filter(e -> !e.getKey().day().isAfter(day))
        .max(Map.Entry.comparingByKey(java.util.Comparator.comparing(Key::day)))
        .map(e -> new ExchangeRate(from, to, e.getValue(), e.getKey().day(), RateSource.REFERENCE));
  }
}
