package org.expensetracker.application.testing;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Currency;
import java.util.Optional;
import java.util.function.Supplier;
import org.expensetracker.application.port.out.ExchangeRates;
import org.expensetracker.application.port.out.Transactions;
import org.expensetracker.domain.identity.UserId;
import org.expensetracker.domain.money.ExchangeRate;
import org.expensetracker.domain.money.RateSource;
import org.expensetracker.domain.workspace.WorkspaceId;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** What every {@link ExchangeRates} must do, run against the in-memory and PostgreSQL adapters. */
public abstract class ExchangeRatesContract {
  protected static final Currency USD = Currency.getInstance("USD");
  private static final Currency JPY = Currency.getInstance("JPY");
  private static final Currency KWD = Currency.getInstance("KWD");
  private static final Currency EUR = Currency.getInstance("EUR");
  private static final Instant NOW = Instant.parse("2026-11-20T09:00:00Z");
  private static final LocalDate NOV_1 = LocalDate.of(2026, 11, 1);
  private static final LocalDate NOV_10 = LocalDate.of(2026, 11, 10);

  protected abstract ExchangeRates rates();

  protected abstract Transactions transactions();

  protected abstract WorkspaceId newWorkspace(Currency currency);

  protected abstract UserId newUser(String fullName);

  private WorkspaceId ws;
  private UserId admin;

  @BeforeEach
  void workspace() {
    ws = newWorkspace(USD);
    admin = newUser("Ada Admin");
  }

  private <T> T tx(Supplier<T> work) {
    return transactions().inTransaction(work);
  }

  private void put(WorkspaceId workspace, Currency from, String rate, LocalDate day) {
    tx(
        () -> {
          rates()
              .put(
                  workspace,
                  new ExchangeRate(from, USD, new BigDecimal(rate), day, RateSource.WORKSPACE),
                  admin,
                  NOW);
          return null;
        });
  }

  private Optional<ExchangeRate> on(Currency from, LocalDate day) {
    return tx(() -> rates().onOrBefore(ws, from, USD, day));
  }

  @Test
  void theRateOnOrBeforeTheDayWins() {
    put(ws, JPY, "0.0067", NOV_1);
    put(ws, JPY, "0.0069", NOV_10);

    assertThat(on(JPY, NOV_1.minusDays(1))).isEmpty();
    assertThat(on(JPY, NOV_1).orElseThrow().rate()).isEqualByComparingTo("0.0067");
    assertThat(on(JPY, NOV_10.minusDays(1)).orElseThrow().rate()).isEqualByComparingTo("0.0067");
    assertThat(on(JPY, NOV_10).orElseThrow().date()).isEqualTo(NOV_10);
    assertThat(on(JPY, LocalDate.of(2030, 1, 1)).orElseThrow().rate())
        .isEqualByComparingTo("0.0069");
    assertThat(on(KWD, NOV_10)).isEmpty();
  }

  @Test
  void ratesKeepEveryDecimalAndComeBackAsWorkspaceRates() {
    put(ws, KWD, "3.254871000123", NOV_1);

    ExchangeRate read = on(KWD, NOV_1).orElseThrow();
    assertThat(read.rate().toPlainString()).isEqualTo("3.254871000123");
    assertThat(read.from()).isEqualTo(KWD);
    assertThat(read.to()).isEqualTo(USD);
    assertThat(read.source()).isEqualTo(RateSource.WORKSPACE);
  }

  @Test
  void puttingTheSameDayAgainReplacesTheRate() {
    put(ws, JPY, "0.0067", NOV_1);
    put(ws, JPY, "0.0070", NOV_1);

    assertThat(tx(() -> rates().list(ws, USD))).hasSize(1);
    assertThat(on(JPY, NOV_1).orElseThrow().rate()).isEqualByComparingTo("0.007");
  }

  @Test
  void listIsByCurrencyThenNewestFirst() {
    put(ws, KWD, "3.25", NOV_1);
    put(ws, JPY, "0.0067", NOV_1);
    put(ws, JPY, "0.0069", NOV_10);

    assertThat(tx(() -> rates().list(ws, USD)))
        .extracting(r -> r.from().getCurrencyCode() + "@" + r.date())
        .containsExactly("JPY@2026-11-10", "JPY@2026-11-01", "KWD@2026-11-01");
  }

  @Test
  void anotherWorkspacesRatesAreNeverSeen() {
    WorkspaceId other = newWorkspace(USD);
    put(other, JPY, "0.0067", NOV_1);

    assertThat(on(JPY, NOV_10)).isEmpty();
    assertThat(tx(() -> rates().list(ws, USD))).isEmpty();
  }

  @Test
  void ratesIntoAnotherCurrencyDoNotApply() {
    put(ws, JPY, "0.0067", NOV_1);

    assertThat(tx(() -> rates().onOrBefore(ws, JPY, EUR, NOV_10))).isEmpty();
    assertThat(tx(() -> rates().list(ws, EUR))).isEmpty();
  }

  @Test
  void referenceRatesAreCachedPerRequestedDayWithTheirOwnDate() {
    LocalDate saturday = LocalDate.of(2026, 11, 21);
    LocalDate friday = LocalDate.of(2026, 11, 20);
    ExchangeRate published =
        new ExchangeRate(EUR, USD, new BigDecimal("1.0842"), friday, RateSource.REFERENCE);
    assertThat(tx(() -> rates().cachedReference(EUR, USD, saturday))).isEmpty();

    tx(
        () -> {
          rates().cacheReference(saturday, published);
          // A second fetch of the same day (a race) keeps the first answer.
          rates()
              .cacheReference(
                  saturday,
                  new ExchangeRate(EUR, USD, new BigDecimal("1.5"), friday, RateSource.REFERENCE));
          return null;
        });

    ExchangeRate cached = tx(() -> rates().cachedReference(EUR, USD, saturday)).orElseThrow();
    assertThat(cached.rate()).isEqualByComparingTo("1.0842");
    assertThat(cached.date()).isEqualTo(friday);
    assertThat(cached.source()).isEqualTo(RateSource.REFERENCE);
    assertThat(tx(() -> rates().cachedReference(EUR, USD, friday))).isEmpty();
    assertThat(tx(() -> rates().cachedReference(USD, EUR, saturday))).isEmpty();
  }
}
