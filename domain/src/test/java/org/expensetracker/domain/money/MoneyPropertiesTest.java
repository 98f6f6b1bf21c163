package org.expensetracker.domain.money;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.Currency;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.LongRange;
import net.jqwik.api.constraints.Size;
import org.expensetracker.domain.shared.InvalidInput;
import org.junit.jupiter.api.Test;

class MoneyPropertiesTest {
  private static final Currency USD = Currency.getInstance("USD");
  private static final Currency JPY = Currency.getInstance("JPY");
  private static final Currency KWD = Currency.getInstance("KWD");

  @Provide
  Arbitrary<Currency> currencies() {
    return Arbitraries.of(USD, JPY, KWD, Currency.getInstance("EUR"));
  }

  @Property
  void printingThenParsingGivesBackTheSameMoney(
      @ForAll @LongRange(min = -1_000_000_000_000_000L, max = 1_000_000_000_000_000L) long minor,
      @ForAll("currencies") Currency currency) {
    Money money = Money.ofMinor(minor, currency);
    Money parsed = Money.parse(money.toString(), currency, "amount");
    assertThat(parsed).isEqualTo(money);
    assertThat(parsed.minorUnitsExact()).isEqualTo(minor);
  }

  @Property
  void everyAmountIsAtItsCurrencysScale(
      @ForAll @LongRange(min = 0, max = 1_000_000_000L) long minor,
      @ForAll("currencies") Currency currency) {
    Money money = Money.ofMinor(minor, currency);
    assertThat(money.amount().scale()).isEqualTo(currency.getDefaultFractionDigits());
    assertThat(money.toString()).doesNotContain("E").doesNotContain("e");
  }

  @Property
  void oneDecimalMoreThanTheCurrencyHasIsRefusedNotRounded(
      @ForAll @LongRange(min = 0, max = 1_000_000_000L) long minor,
      @ForAll @IntRange(min = 1, max = 9) int lastDigit,
      @ForAll("currencies") Currency currency) {
    String text = Money.ofMinor(minor, currency).toString();
    String tooPrecise = (text.contains(".") ? text : text + ".") + lastDigit;
    assertThatThrownBy(() -> Money.parse(tooPrecise, currency, "amount"))
        .isInstanceOf(InvalidInput.class);
  }

  @Property
  void summingMoneyEqualsSummingMinorUnits(
      @ForAll @Size(max = 50)
          List<@LongRange(min = -1_000_000_000L, max = 1_000_000_000L) Long> minors,
      @ForAll("currencies") Currency currency) {
    Money total = Money.zero(currency);
    BigInteger expected = BigInteger.ZERO;
    for (long minor : minors) {
      total = total.plus(Money.ofMinor(minor, currency));
      expected = expected.add(BigInteger.valueOf(minor));
    }
    assertThat(total.minorUnits()).isEqualTo(expected);
    assertThat(total.amount().scale()).isEqualTo(currency.getDefaultFractionDigits());
  }

  @Property
  void additionIsOrderIndependent(
      @ForAll @LongRange(min = -1_000_000_000L, max = 1_000_000_000L) long a,
      @ForAll @LongRange(min = -1_000_000_000L, max = 1_000_000_000L) long b,
      @ForAll @LongRange(min = -1_000_000_000L, max = 1_000_000_000L) long c) {
    Money x = Money.ofMinor(a, USD);
    Money y = Money.ofMinor(b, USD);
    Money z = Money.ofMinor(c, USD);
    assertThat(x.plus(y).plus(z)).isEqualTo(z.plus(x).plus(y));
    assertThat(x.plus(y).minus(y)).isEqualTo(x);
  }

  @Test
  void tenDimesAndThreeCentsAreExactlyOneDollarThree() {
    Money total = Money.zero(USD);
    for (int i = 0; i < 10; i++) {
      total = total.plus(Money.parse("0.10", USD, "amount"));
    }
    for (int i = 0; i < 3; i++) {
      total = total.plus(Money.parse("0.01", USD, "amount"));
    }
    assertThat(total.toString()).isEqualTo("1.03");
    assertThat(total.amount()).isEqualByComparingTo(new BigDecimal("1.03"));
    assertThat(total.minorUnitsExact()).isEqualTo(103);
  }

  @Test
  void exponentFormsAndNonNumbersAreRefused() {
    for (String bad :
        List.of(
            "1e2", "1E2", "1.5e1", "0x10", "NaN", "Infinity", "", " 1", "1 ", "+1", ".5", "5.")) {
      assertThatThrownBy(() -> Money.parse(bad, USD, "amount"))
          .as(bad)
          .isInstanceOf(InvalidInput.class);
    }
  }

  @Test
  void scaleFollowsTheCurrency() {
    assertThat(Money.parse("12.5", USD, "amount").toString()).isEqualTo("12.50");
    assertThat(Money.parse("1200", JPY, "amount").toString()).isEqualTo("1200");
    assertThat(Money.parse("1.5", KWD, "amount").toString()).isEqualTo("1.500");
    assertThatThrownBy(() -> Money.parse("12.345", USD, "amount")).isInstanceOf(InvalidInput.class);
    assertThatThrownBy(() -> Money.parse("1.5", JPY, "amount")).isInstanceOf(InvalidInput.class);
  }
}
