package org.expensetracker.domain.money;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.expensetracker.domain.testing.MoneyFixtures.usd;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import net.jqwik.api.Assume;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;
import org.junit.jupiter.api.Test;

class LargestRemainderTest {

  @Test
  void leftoverUnitsGoToTheLargestRemainderBeforeTheSmallerKey() {
    // 10 cents by 2:3:1 -> 3.33, 5, 1.67: "c" has the largest remainder although its key is last.
    Map<String, Money> parts =
        LargestRemainder.allocate(
            usd("0.10"), Map.of("a", weight(2), "b", weight(3), "c", weight(1)));

    assertThat(parts).containsExactly(entry("a", "0.03"), entry("b", "0.05"), entry("c", "0.02"));
  }

  @Test
  void equalRemaindersGoToTheSmallerKeyFirst() {
    Map<String, Money> parts =
        LargestRemainder.allocate(
            usd("0.05"), Map.of("c", weight(1), "a", weight(1), "b", weight(1)));

    assertThat(parts).containsExactly(entry("a", "0.02"), entry("b", "0.02"), entry("c", "0.01"));
  }

  @Test
  void zeroWeightsGetNothingAndAllZeroWeightsAreRefused() {
    assertThat(LargestRemainder.allocate(usd("1.00"), Map.of("a", weight(0), "b", weight(1))))
        .containsExactly(entry("a", "0.00"), entry("b", "1.00"));
    assertThatThrownBy(() -> LargestRemainder.allocate(usd("1.00"), Map.of("a", weight(0))))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Property
  void partsAddUpToTheTotalWhateverTheWeightsAndTheirOrder(
      @ForAll @IntRange(min = 0, max = 10_000_000) int cents,
      @ForAll @Size(min = 1, max = 20) List<@IntRange(min = 1, max = 1000) Integer> weights,
      @ForAll Random random) {
    Money total = Money.ofMinor(cents, usd("0").currency());
    List<Integer> keys = new ArrayList<>();
    for (int i = 0; i < weights.size(); i++) {
      keys.add(i);
    }
    Map<Integer, BigInteger> inOrder = new LinkedHashMap<>();
    keys.forEach(k -> inOrder.put(k, weight(weights.get(k))));
    Collections.shuffle(keys, random);
    Map<Integer, BigInteger> shuffled = new LinkedHashMap<>();
    keys.forEach(k -> shuffled.put(k, weight(weights.get(k))));

    Map<Integer, Money> parts = LargestRemainder.allocate(total, inOrder);

    assertThat(parts.values().stream().reduce(Money.zero(total.currency()), Money::plus))
        .isEqualTo(total);
    assertThat(LargestRemainder.allocate(total, shuffled)).isEqualTo(parts);
  }

  @Property
  void theInOrderDivisionIsTheLargestRemainderRuleWhateverTheSizeOfTheNumbers(
      @ForAll @IntRange(min = 0, max = 10_000_000) int cents,
      @ForAll @Size(min = 1, max = 80) List<@IntRange(min = 0, max = 1000) Integer> weights,
      @ForAll @IntRange(min = 0, max = 80) int scale) {
    Assume.that(weights.stream().anyMatch(w -> w > 0));
    Money total = Money.ofMinor(cents, usd("0").currency());
    // Scaling every weight by 2^scale keeps the proportions and the order of the remainders, and
    // past 62 bits takes the BigInteger path instead of the long one.
    BigInteger[] scaled =
        weights.stream().map(w -> weight(w).shiftLeft(scale)).toArray(BigInteger[]::new);

    assertThat(LargestRemainder.allocateInOrder(total, scaled))
        .containsExactly(byTheRule(total, scaled));
  }

  /** The rule, written plainly: floors first, then one unit each to the largest remainders. */
  private static Money[] byTheRule(Money total, BigInteger[] weights) {
    BigInteger sum = Arrays.stream(weights).reduce(BigInteger.ZERO, BigInteger::add);
    BigInteger units = total.minorUnits();
    BigInteger[] base = new BigInteger[weights.length];
    BigInteger[] remainder = new BigInteger[weights.length];
    BigInteger left = units;
    for (int i = 0; i < weights.length; i++) {
      base[i] = units.multiply(weights[i]).divide(sum);
      remainder[i] = units.multiply(weights[i]).mod(sum);
      left = left.subtract(base[i]);
    }
    List<Integer> order = new ArrayList<>();
    for (int i = 0; i < weights.length; i++) {
      order.add(i);
    }
    order.sort(
        Comparator.comparing((Integer i) -> remainder[i])
            .reversed()
            .thenComparing(Comparator.naturalOrder()));
    for (int i = 0; i < left.intValueExact(); i++) {
      base[order.get(i)] = base[order.get(i)].add(BigInteger.ONE);
    }
    return Arrays.stream(base).map(b -> Money.ofMinor(b, total.currency())).toArray(Money[]::new);
  }

  private static BigInteger weight(int value) {
    return BigInteger.valueOf(value);
  }

  private static Map.Entry<String, Money> entry(String key, String amount) {
    return Map.entry(key, usd(amount));
  }
}
