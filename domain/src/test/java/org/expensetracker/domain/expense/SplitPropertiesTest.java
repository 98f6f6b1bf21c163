package org.expensetracker.domain.expense;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Random;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.statistics.Statistics;
import org.expensetracker.domain.testing.SplitArbitraries;
import org.expensetracker.domain.testing.SplitArbitraries.SplitCase;

class SplitPropertiesTest {

  @Property
  void partsAlwaysAddUpExactlyToTheAmountInEveryMode(@ForAll("splits") SplitCase sample) {
    Statistics.label("mode").collect(sample.split().mode());
    Statistics.label("mode")
        .coverage(
            checker -> {
              for (SplitMode mode : SplitMode.values()) {
                checker.check(mode).percentage(p -> p > 10);
              }
            });

    List<Part> parts = sample.split().partsOf(sample.amount());

    assertThat(SplitTest.total(parts)).isEqualTo(sample.amount());
    assertThat(parts).hasSameSizeAs(sample.split().shares());
    assertThat(parts).allSatisfy(part -> assertThat(part.amount().signum()).isNotNegative());
    assertThat(parts).isSortedAccordingTo(Comparator.comparing(Part::user));
  }

  @Property
  void partsDoNotDependOnTheOrderTheParticipantsWereListedIn(
      @ForAll("splits") SplitCase sample, @ForAll Random random) {
    List<Share> shuffled = new ArrayList<>(sample.split().shares());
    Collections.shuffle(shuffled, random);

    assertThat(new Split(sample.split().mode(), shuffled).partsOf(sample.amount()))
        .isEqualTo(sample.split().partsOf(sample.amount()));
  }

  @Property
  void everyPartIsWithinOneMinorUnitOfItsExactProportion(@ForAll("splits") SplitCase sample) {
    List<Share> shares =
        sample.split().shares().stream().sorted(Comparator.comparing(Share::user)).toList();
    List<Part> parts = sample.split().partsOf(sample.amount());
    BigDecimal totalWeight =
        shares.stream().map(SplitPropertiesTest::weight).reduce(BigDecimal.ZERO, BigDecimal::add);
    BigDecimal units = new BigDecimal(sample.amount().minorUnits());

    for (int i = 0; i < parts.size(); i++) {
      BigDecimal exact =
          units.multiply(weight(shares.get(i))).divide(totalWeight, 10, RoundingMode.DOWN);
      BigDecimal got = new BigDecimal(parts.get(i).amount().minorUnits());
      assertThat(got.subtract(exact).abs()).isLessThan(BigDecimal.ONE);
    }
  }

  @Property
  void equalPartsDifferByAtMostOneMinorUnitAndTheLargerOnesGoToTheSmallerIds(
      @ForAll("equalSplits") SplitCase sample) {
    List<BigInteger> units =
        sample.split().partsOf(sample.amount()).stream().map(p -> p.amount().minorUnits()).toList();

    assertThat(units).isSortedAccordingTo(Comparator.reverseOrder());
    assertThat(units.get(0).subtract(units.get(units.size() - 1)))
        .isLessThanOrEqualTo(BigInteger.ONE);
  }

  @Provide
  Arbitrary<SplitCase> splits() {
    return SplitArbitraries.currencies()
        .flatMap(currency -> SplitArbitraries.anySplit(currency, 30));
  }

  @Provide
  Arbitrary<SplitCase> equalSplits() {
    return SplitArbitraries.currencies().flatMap(currency -> SplitArbitraries.equal(currency, 30));
  }

  private static BigDecimal weight(Share share) {
    return share.value() == null ? BigDecimal.ONE : share.value();
  }
}
