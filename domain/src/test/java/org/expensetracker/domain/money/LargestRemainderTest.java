package org.expensetracker.domain.money;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.expensetracker.domain.testing.MoneyFixtures.usd;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
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

  private static BigInteger weight(int value) {
    return BigInteger.valueOf(value);
  }

  private static Map.Entry<String, Money> entry(String key, String amount) {
    return Map.entry(key, usd(amount));
  }
}
