package org.expensetracker.domain.money;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/**
 * Divides an amount into parts proportional to whole-number weights, exactly, in minor units, by
 * the largest-remainder method.
 *
 * <p>Each key first gets {@code floor(total × weight / sum of weights)} minor units. The few units
 * left over (fewer than the number of keys) are handed out one at a time: first to the key with the
 * largest remainder, ties to the smaller key. So the parts always add up to the total, and the
 * result depends only on the keys and weights, never on the order they were given in.
 */
public final class LargestRemainder {
  private LargestRemainder() {}

  /**
   * Splits {@code total} (zero or more) by {@code weights} (each zero or more, at least one
   * positive); the result iterates in key order and has an entry for every key.
   */
  public static <K extends Comparable<? super K>> Map<K, Money> allocate(
      Money total, Map<K, BigInteger> weights) {
    Objects.requireNonNull(total, "total");
    if (total.signum() < 0) {
      throw new IllegalArgumentException("Cannot allocate a negative amount: " + total);
    }
    BigInteger sum = BigInteger.ZERO;
    for (BigInteger weight : weights.values()) {
      if (weight.signum() < 0) {
        throw new IllegalArgumentException("Weights must not be negative: " + weights);
      }
      sum = sum.add(weight);
    }
    if (sum.signum() == 0) {
      throw new IllegalArgumentException("At least one weight must be positive: " + weights);
    }

    BigInteger units = total.minorUnits();
    boolean small = fitsInLongs(units, sum);
    BigInteger left = units;
    List<Portion<K>> portions = new ArrayList<>(weights.size());
    for (Map.Entry<K, BigInteger> entry : weights.entrySet()) {
      BigInteger[] quotient =
          small
              ? quotient(units.longValue() * entry.getValue().longValue(), sum.longValue())
              : units.multiply(entry.getValue()).divideAndRemainder(sum);
      portions.add(new Portion<>(entry.getKey(), quotient[0], quotient[1]));
      left = left.subtract(quotient[0]);
    }
    // < number of keys, by construction
    return Collections.unmodifiableMap(handOut(total, portions, left.intValueExact()));
  }

  // Every product units × weight stays below 2^63 when units and the sum of weights (each weight is
  // at most the sum) need at most 62 bits together: the common case, divided in plain arithmetic.
  private static boolean fitsInLongs(BigInteger units, BigInteger sum) {
    return units.bitLength() + sum.bitLength() <= 62;
  }

  private static BigInteger[] quotient(long product, long sum) {
    return new BigInteger[] {BigInteger.valueOf(product / sum), BigInteger.valueOf(product % sum)};
  }

  /** The {@code leftover} units go one each to the largest remainders, ties to the smaller key. */
  private static <K extends Comparable<? super K>> Map<K, Money> handOut(
      Money total, List<Portion<K>> portions, int leftover) {
    portions.sort(
        Comparator.<Portion<K>, BigInteger>comparing(Portion::remainder)
            .reversed()
            .thenComparing(Portion::key));
    Map<K, Money> parts = new TreeMap<>();
    for (int i = 0; i < portions.size(); i++) {
      Portion<K> portion = portions.get(i);
      BigInteger minor = i < leftover ? portion.base().add(BigInteger.ONE) : portion.base();
      parts.put(portion.key(), Money.ofMinor(minor, total.currency()));
    }
    return parts;
  }

  private record Portion<K>(K key, BigInteger base, BigInteger remainder) {}
}
