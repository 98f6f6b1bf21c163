package org.expensetracker.domain.money;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.expensetracker.domain.testing.Errors.invalidFields;
import static org.expensetracker.domain.testing.MoneyFixtures.JPY;
import static org.expensetracker.domain.testing.MoneyFixtures.KWD;
import static org.expensetracker.domain.testing.MoneyFixtures.USD;
import static org.expensetracker.domain.testing.MoneyFixtures.usd;

import java.math.BigDecimal;
import java.util.Currency;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.LongRange;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class MoneyTest {

  @Test
  void parsingKeepsTheExactValueAtTheCurrencyScale() {
    assertThat(Money.parse("12.5", USD, "amount").amount()).isEqualTo(new BigDecimal("12.50"));
    assertThat(Money.parse("12", USD, "amount")).hasToString("12.00");
    assertThat(Money.parse("12.340", USD, "amount")).isEqualTo(usd("12.34"));
    assertThat(Money.parse("1.234", KWD, "amount").minorUnitsExact()).isEqualTo(1234);
  }

  @Test
  void moreDecimalsThanTheCurrencyHasAreRefusedNotRounded() {
    assertThat(invalidFields(() -> Money.parse("12.345", USD, "payers[0].amount")))
        .containsExactly("payers[0].amount");
  }

  @ParameterizedTest
  @ValueSource(
      strings = {"1e3", "1E3", "NaN", "Infinity", "12.", ".5", "+1", "", " 1", "1,50", "01"})
  void onlyPlainDecimalsAreAccepted(String text) {
    assertThat(invalidFields(() -> Money.parse(text, USD, "amount"))).containsExactly("amount");
  }

  @Test
  void yenHasNoDecimals() {
    assertThat(invalidFields(() -> Money.parse("1.5", JPY, "amount"))).containsExactly("amount");
    assertThat(Money.parse("1000", JPY, "amount")).hasToString("1000");
  }

  @Test
  void tenDimesAndThreeCentsAreExactlyOneDollarThree() {
    Money total = Money.zero(USD);
    for (int i = 0; i < 10; i++) {
      total = total.plus(usd("0.10"));
    }
    for (int i = 0; i < 3; i++) {
      total = total.plus(usd("0.01"));
    }
    assertThat(total).isEqualTo(usd("1.03"));
  }

  @Test
  void amountsInDifferentCurrenciesDoNotAdd() {
    assertThatThrownBy(() -> usd("1.00").plus(Money.ofMinor(100, JPY)))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Property
  void parsingWhatToStringWritesGivesBackTheSameMoney(
      @ForAll @LongRange(min = -1_000_000_000_000L, max = 1_000_000_000_000L) long minorUnits,
      @ForAll("currencies") Currency currency) {
    Money money = Money.ofMinor(minorUnits, currency);

    assertThat(Money.parse(money.toString(), currency, "amount")).isEqualTo(money);
  }

  @Property
  void equalExactlyWhenAmountAndCurrencyMatchAndHashAlike(
      @ForAll @LongRange(min = -1_000, max = 1_000) long a,
      @ForAll @LongRange(min = -1_000, max = 1_000) long b,
      @ForAll("currencies") Currency one,
      @ForAll("currencies") Currency other) {
    Money x = Money.ofMinor(a, one);
    Money y = Money.ofMinor(b, other);
    assertThat(x.equals(y)).isEqualTo(a == b && one.equals(other));
    assertThat(x).isEqualTo(Money.ofMinor(a, one)).hasSameHashCodeAs(Money.ofMinor(a, one));
    assertThat(x.equals(null)).isFalse();
    assertThat(x.equals(x.amount())).isFalse();
  }

  @Test
  void anAmountGivenAtAnotherScaleEqualsTheSameAmountAtTheCurrencyScale() {
    assertThat(new Money(new BigDecimal("12.5"), USD)).isEqualTo(usd("12.50"));
    assertThat(new Money(new BigDecimal("12.5"), USD).hashCode())
        .isEqualTo(usd("12.50").hashCode());
  }

  @Provide
  Arbitrary<Currency> currencies() {
    return Arbitraries.of(USD, JPY, KWD);
  }
}
