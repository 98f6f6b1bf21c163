package org.expensetracker.domain.expense;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.Currency;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Assume;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.expensetracker.domain.money.Conversion;
import org.expensetracker.domain.money.ExchangeRate;
import org.expensetracker.domain.money.Money;
import org.expensetracker.domain.money.RateSource;
import org.expensetracker.domain.testing.SplitArbitraries;
import org.expensetracker.domain.testing.SplitArbitraries.SplitCase;

/** Money spent in one currency and shared in another still divides exactly. */
class ConvertedSplitPropertiesTest {
  private static final List<Currency> CURRENCIES =
      List.of("USD", "JPY", "KWD", "EUR", "BHD", "CLP").stream()
          .map(Currency::getInstance)
          .toList();
  private static final LocalDate DAY = LocalDate.of(2026, 11, 20);

  record Sample(Money original, Currency workspace, BigDecimal rate, SplitCase split) {}

  @Provide
  Arbitrary<Sample> samples() {
    return Arbitraries.of(CURRENCIES)
        .flatMap(
            from ->
                Arbitraries.of(CURRENCIES.stream().filter(c -> !c.equals(from)).toList())
                    .flatMap(
                        to ->
                            Combinators.combine(
                                    SplitArbitraries.amounts(from),
                                    rates(),
                                    // Exact splits name amounts of their own; the others divide
                                    // whatever the conversion gives.
                                    Arbitraries.oneOf(
                                        SplitArbitraries.equal(to, 20),
                                        SplitArbitraries.percent(to, 20),
                                        SplitArbitraries.shares(to, 20)))
                                .as(
                                    (original, rate, split) ->
                                        new Sample(original, to, rate, split))));
  }

  /** From 0.000001 to 10,000, with up to 12 decimals, as reference and client rates come. */
  private static Arbitrary<BigDecimal> rates() {
    return Combinators.combine(
            Arbitraries.longs().between(1, 9_999_999_999L), Arbitraries.integers().between(6, 12))
        .as((unscaled, scale) -> BigDecimal.valueOf(unscaled, scale))
        .filter(r -> r.compareTo(new BigDecimal("10000")) <= 0);
  }

  @Property
  void convertedPartsAddUpExactlyToTheConvertedAmount(@ForAll("samples") Sample s) {
    ExchangeRate rate =
        new ExchangeRate(s.original().currency(), s.workspace(), s.rate(), DAY, RateSource.CLIENT);
    Money converted = rate.convert(s.original());
    Assume.that(converted.isPositive());

    ExpenseDetails details =
        ExpenseDetails.of(
            null, s.workspace(), new Conversion(s.original(), rate), "Trip", "Travel", DAY, null);
    List<Part> parts = s.split().split().partsOf(details.amount());

    assertThat(details.amount()).isEqualTo(converted);
    assertThat(SplitTest.total(parts)).isEqualTo(details.amount());
    // One rounding: within half a minor unit of the exact product, and half-even at the tie.
    BigDecimal exact = s.original().amount().multiply(s.rate());
    assertThat(converted.amount())
        .isEqualTo(exact.setScale(Money.scaleOf(s.workspace()), RoundingMode.HALF_EVEN));
    assertThat(converted.amount().subtract(exact).abs())
        .isLessThanOrEqualTo(
            BigDecimal.ONE
                .movePointLeft(Money.scaleOf(s.workspace()))
                .divide(BigDecimal.valueOf(2)));
  }
}
