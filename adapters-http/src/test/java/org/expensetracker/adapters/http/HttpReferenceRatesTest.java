package org.expensetracker.adapters.http;

import static org.assertj.core.api.Assertions.assertThat;
import static org.expensetracker.adapters.http.FakeRateServer.frankfurter;

import java.time.Duration;
import java.time.LocalDate;
import java.util.Currency;
import java.util.Optional;
import org.expensetracker.adapters.http.FakeRateServer.Answer;
import org.expensetracker.domain.money.ExchangeRate;
import org.expensetracker.domain.money.RateSource;
import org.junit.jupiter.api.Test;

class HttpReferenceRatesTest {
  private static final Currency JPY = Currency.getInstance("JPY");
  private static final Currency USD = Currency.getInstance("USD");
  private static final LocalDate SATURDAY = LocalDate.of(2026, 11, 21);

  private static Optional<ExchangeRate> ask(Answer answer) {
    try (FakeRateServer server = new FakeRateServer(request -> answer)) {
      return new HttpReferenceRates(server.uri(), Duration.ofMillis(500)).find(JPY, USD, SATURDAY);
    }
  }

  @Test
  void asksForThePairAndDayAndReadsTheRateExactly() {
    try (FakeRateServer server =
        new FakeRateServer(
            request -> Answer.ok(frankfurter("JPY", "2026-11-20", "USD", "0.006698765432")))) {
      ExchangeRate rate =
          new HttpReferenceRates(server.uri(), Duration.ofSeconds(2))
              .find(JPY, USD, SATURDAY)
              .orElseThrow();

      assertThat(server.requests()).containsExactly("/v1/2026-11-21?from=JPY&to=USD");
      assertThat(rate.rate().toPlainString()).isEqualTo("0.006698765432");
      assertThat(rate.date()).isEqualTo(LocalDate.of(2026, 11, 20));
      assertThat(rate.source()).isEqualTo(RateSource.REFERENCE);
      assertThat(rate.from()).isEqualTo(JPY);
      assertThat(rate.to()).isEqualTo(USD);
    }
  }

  @Test
  void wholeNumberRatesAndTrailingZerosAreExactToo() {
    assertThat(
            ask(Answer.ok(frankfurter("JPY", "2026-11-20", "USD", "2"))).orElseThrow().rateText())
        .isEqualTo("2");
    assertThat(
            ask(Answer.ok(frankfurter("JPY", "2026-11-20", "USD", "0.10")))
                .orElseThrow()
                .rateText())
        .isEqualTo("0.1");
  }

  @Test
  void anythingButAFittingAnswerIsNoRate() {
    assertThat(ask(new Answer(404, "{\"message\":\"not found\"}", 0))).isEmpty();
    assertThat(ask(new Answer(500, "oops", 0))).isEmpty();
    assertThat(ask(Answer.ok("not json"))).isEmpty();
    assertThat(ask(Answer.ok(frankfurter("EUR", "2026-11-20", "USD", "1.08")))).isEmpty();
    assertThat(ask(Answer.ok(frankfurter("JPY", "2026-11-20", "EUR", "0.006")))).isEmpty();
    assertThat(ask(Answer.ok(frankfurter("JPY", "2026-11-22", "USD", "0.0067")))).isEmpty();
    assertThat(ask(Answer.ok(frankfurter("JPY", "2026-11-20", "USD", "\"0.0067\"")))).isEmpty();
    assertThat(ask(Answer.ok(frankfurter("JPY", "2026-11-20", "USD", "-1")))).isEmpty();
    assertThat(ask(Answer.ok(frankfurter("JPY", "2026-11-20", "USD", "1e1000000000")))).isEmpty();
    assertThat(ask(Answer.ok(frankfurter("JPY", "2026-11-20", "USD", "0.0000000000001"))))
        .isEmpty();
    assertThat(
            ask(
                Answer.ok(
                    "{\"amount\":100,\"base\":\"JPY\",\"date\":\"2026-11-20\","
                        + "\"rates\":{\"USD\":0.67}}")))
        .isEmpty();
  }

  @Test
  void aSlowProviderTimesOutAsNoRate() {
    try (FakeRateServer server =
        new FakeRateServer(
            request -> new Answer(200, frankfurter("JPY", "2026-11-20", "USD", "0.0067"), 3_000))) {
      long start = System.nanoTime();
      Optional<ExchangeRate> rate =
          new HttpReferenceRates(server.uri(), Duration.ofMillis(500)).find(JPY, USD, SATURDAY);
      long millis = (System.nanoTime() - start) / 1_000_000;

      assertThat(rate).isEmpty();
      assertThat(millis).isLessThan(2_500);
    }
  }

  @Test
  void anUnreachableProviderIsNoRate() {
    java.net.URI closed;
    try (FakeRateServer server = new FakeRateServer(request -> Answer.ok("{}"))) {
      closed = server.uri();
    }
    assertThat(new HttpReferenceRates(closed, Duration.ofMillis(500)).find(JPY, USD, SATURDAY))
        .isEmpty();
  }
}
