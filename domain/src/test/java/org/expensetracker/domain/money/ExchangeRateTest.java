package org.expensetracker.domain.money;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.expensetracker.domain.testing.MoneyFixtures.JPY;
import static org.expensetracker.domain.testing.MoneyFixtures.KWD;
import static org.expensetracker.domain.testing.MoneyFixtures.USD;
import static org.expensetracker.domain.testing.MoneyFixtures.jpy;
import static org.expensetracker.domain.testing.MoneyFixtures.kwd;
import static org.expensetracker.domain.testing.MoneyFixtures.usd;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Currency;
import org.expensetracker.domain.shared.InvalidInput;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ExchangeRateTest {
  private static final LocalDate DAY = LocalDate.of(2026, 11, 20);
  private static final Currency EUR = Currency.getInstance("EUR");

  static ExchangeRate rate(Currency from, Currency to, String rate) {
    return new ExchangeRate(from, to, new BigDecimal(rate), DAY, RateSource.CLIENT);
  }

  @Test
  void yenIntoDollarsIsRoundedOnceHalfEvenToCents() {
    // 1234 × 0.0067 = 8.2678 -> 8.27
    assertThat(rate(JPY, USD, "0.0067").convert(jpy("1234"))).isEqualTo(usd("8.27"));
    // 1250 × 0.0067 = 8.375 exactly, a tie: half-even goes to the even cent, 8.38
    assertThat(rate(JPY, USD, "0.0067").convert(jpy("1250"))).isEqualTo(usd("8.38"));
    // 125 × 0.01 = 1.25 exactly -> stays; 1265 × 0.001 = 1.265 -> half-even to 1.26
    assertThat(rate(JPY, USD, "0.001").convert(jpy("1265"))).isEqualTo(usd("1.26"));
    assertThat(rate(JPY, USD, "0.001").convert(jpy("1275"))).isEqualTo(usd("1.28"));
  }

  @Test
  void dollarsIntoYenRoundToWholeYen() {
    // 10.50 × 149.5 = 1569.75 -> 1570; 3.00 × 149.5 = 448.5 -> half-even 448
    assertThat(rate(USD, JPY, "149.5").convert(usd("10.50"))).isEqualTo(jpy("1570"));
    assertThat(rate(USD, JPY, "149.5").convert(usd("3.00"))).isEqualTo(jpy("448"));
    assertThat(rate(USD, JPY, "149.5").convert(usd("5.00"))).isEqualTo(jpy("748"));
  }

  @Test
  void dinarsKeepThreeDecimalsBothWays() {
    // 10.00 USD × 0.30712 = 3.0712 -> 3.071 KWD
    assertThat(rate(USD, KWD, "0.30712").convert(usd("10.00"))).isEqualTo(kwd("3.071"));
    // 1.005 KWD × 3.256 = 3.27228 -> 3.27 USD
    assertThat(rate(KWD, USD, "3.256").convert(kwd("1.005"))).isEqualTo(usd("3.27"));
    // 0.0005 would be half a fils: 1.000 USD × 0.3065 = 0.3065 -> half-even 0.306
    assertThat(rate(USD, KWD, "0.3065").convert(usd("1.00"))).isEqualTo(kwd("0.306"));
  }

  @Test
  void aRoundTripComesBackWithinTheRoundingOfEachLeg() {
    ExchangeRate there = rate(EUR, JPY, "161.52");
    ExchangeRate back = rate(JPY, EUR, "0.006191");
    Money start = Money.parse("123.45", EUR, "amount");

    Money yen = there.convert(start);
    Money again = back.convert(yen);

    assertThat(yen).isEqualTo(jpy("19940")); // 19939.644 -> 19940
    assertThat(again).isEqualTo(Money.parse("123.45", EUR, "amount")); // 123.448... -> 123.45
  }

  @ParameterizedTest
  @CsvSource({"0", "-1", "0.0000000000001", "1000000000.5"})
  void impossibleRatesAreRefusedNeverRounded(String text) {
    assertThatThrownBy(() -> ExchangeRate.parse(new BigDecimal(text), "exchange_rate"))
        .isInstanceOf(InvalidInput.class)
        .hasMessageStartingWith("exchange_rate:");
  }

  @Test
  void ratesAreKeptWithoutTrailingZerosOrExponents() {
    assertThat(ExchangeRate.parse(new BigDecimal("1.50000"), "rate").toPlainString())
        .isEqualTo("1.5");
    assertThat(rate(USD, JPY, "150.00").rateText()).isEqualTo("150");
    assertThat(rate(USD, JPY, "1E+2").rateText()).isEqualTo("100");
  }

  @Test
  void aRateConvertsOnlyFromItsOwnCurrency() {
    assertThatThrownBy(() -> rate(JPY, USD, "0.0067").convert(usd("1.00")))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> rate(USD, USD, "1")).isInstanceOf(IllegalArgumentException.class);
  }
}
