package org.expensetracker.domain.money;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
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
  private static final int INSERTION_SORT_MAX = 32;

  private LargestRemainder() {}

  /**
   * Splits {@code total} (zero or more) by {@code weights} (each zero or more, at least one
   * positive); the result iterates in key order and has an entry for every key.
   */
  public static <K extends Comparable<? super K>> Map<K, Money> allocate(
      Money total, Map<K, BigInteger> weights) {
    List<K> keys = new ArrayList<>(weights.keySet());
    keys.sort(null);
    BigInteger[] inKeyOrder = new BigInteger[keys.size()];
    for (int i = 0; i < inKeyOrder.length; i++) {
      inKeyOrder[i] = weights.get(keys.get(i));
    }
    Money[] parts = allocateInOrder(total, inKeyOrder);
    Map<K, Money> byKey = new TreeMap<>();
    for (int i = 0; i < parts.length; i++) {
      byKey.put(keys.get(i), parts[i]);
    }
    return Collections.unmodifiableMap(byKey);
  }

  /**
   * The same division for weights given in key order: a tie goes to the earlier position, and the
   * parts come back in that order. Without maps, for the split, which divides every stored expense
   * it reads again.
   */
  public static Money[] allocateInOrder(Money total, BigInteger[] weights) {
    Objects.requireNonNull(total, "total");
    if (total.signum() < 0) {
      throw new IllegalArgumentException("Cannot allocate a negative amount: " + total);
    }
    BigInteger sum = BigInteger.ZERO;
    for (BigInteger weight : weights) {
      if (weight.signum() < 0) {
        throw new IllegalArgumentException(
            "Weights must not be negative: " + Arrays.toString(weights));
      }
      sum = sum.add(weight);
    }
    if (sum.signum() == 0) {
      throw new IllegalArgumentException(
          "At least one weight must be positive: " + Arrays.toString(weights));
    }
    BigInteger units = total.minorUnits();
    long[] minor =
        fitsInLongs(units, sum) ? inLongs(units.longValue(), weights, sum.longValue()) : null;
    Money[] parts = new Money[weights.length];
    if (minor != null) {
      for (int i = 0; i < parts.length; i++) {
        parts[i] = Money.ofMinor(minor[i], total.currency());
      }
    } else {
      BigInteger[] exact = inBigIntegers(units, weights, sum);
      for (int i = 0; i < parts.length; i++) {
        parts[i] = Money.ofMinor(exact[i], total.currency());
      }
    }
    return parts;
  }

  // Every product units × weight stays below 2^63 when units and the sum of weights (each weight is
  // at most the sum) need at most 62 bits together: the common case, divided in plain arithmetic.
  private static boolean fitsInLongs(BigInteger units, BigInteger sum) {
    return units.bitLength() + sum.bitLength() <= 62;
  }

  private static long[] inLongs(long units, BigInteger[] weights, long sum) {
    long[] base = new long[weights.length];
    long[] remainder = new long[weights.length];
    long left = units;
    for (int i = 0; i < weights.length; i++) {
      long product = units * weights[i].longValue();
      base[i] = product / sum;
      remainder[i] = product % sum;
      left -= base[i];
    }
    int[] order = byRemainder(remainder.length, (a, b) -> Long.compare(remainder[b], remainder[a]));
    for (int i = 0; i < left; i++) { // fewer than the number of weights, by construction
      base[order[i]]++;
    }
    return base;
  }

  private static BigInteger[] inBigIntegers(
      BigInteger units, BigInteger[] weights, BigInteger sum) {
    BigInteger[] base = new BigInteger[weights.length];
    BigInteger[] remainder = new BigInteger[weights.length];
    BigInteger left = units;
    for (int i = 0; i < weights.length; i++) {
      BigInteger[] quotient = units.multiply(weights[i]).divideAndRemainder(sum);
      base[i] = quotient[0];
      remainder[i] = quotient[1];
      left = left.subtract(quotient[0]);
    }
    int[] order = byRemainder(remainder.length, (a, b) -> remainder[b].compareTo(remainder[a]));
    int leftover = left.intValueExact(); // fewer than the number of weights, by construction
    for (int i = 0; i < leftover; i++) {
      base[order[i]] = base[order[i]].add(BigInteger.ONE);
    }
    return base;
  }

  /**
   * Positions from the largest remainder down, the earlier position first among equal ones: a
   * stable sort, by insertion for the handful of participants of a usual split (one array, no
   * boxing), by merge sort beyond.
   */
  private static int[] byRemainder(int size, IntComparator largerFirst) {
    if (size > INSERTION_SORT_MAX) {
      Integer[] boxed = new Integer[size];
      Arrays.setAll(boxed, i -> i);
      Arrays.sort(boxed, largerFirst::compare);
      return Arrays.stream(boxed).mapToInt(Integer::intValue).toArray();
    }
    int[] order = new int[size];
    for (int i = 0; i < size; i++) {
      int position = i;
      int j = i;
      while (j > 0 && largerFirst.compare(order[j - 1], position) > 0) {
        order[j] = order[j - 1];
        j--;
      }
      order[j] = position;
    }
    return order;
  }

  private interface IntComparator {
    int compare(int a, int b);
  }
}
