package org.expensetracker.domain.testing;

import static org.expensetracker.domain.testing.MoneyFixtures.JPY;
import static org.expensetracker.domain.testing.MoneyFixtures.KWD;
import static org.expensetracker.domain.testing.MoneyFixtures.USD;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Function;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import org.expensetracker.domain.expense.CostSharing;
import org.expensetracker.domain.expense.Payer;
import org.expensetracker.domain.expense.Share;
import org.expensetracker.domain.expense.Split;
import org.expensetracker.domain.expense.SplitMode;
import org.expensetracker.domain.identity.UserId;
import org.expensetracker.domain.money.LargestRemainder;
import org.expensetracker.domain.money.Money;

/** Generators of valid amounts, splits and expenses among the numbered {@link Users#user} pool. */
public final class SplitArbitraries {
  private SplitArbitraries() {}

  /** An amount and a valid split of it, in any of the four modes. */
  public record SplitCase(Money amount, Split split) {}

  public static Arbitrary<SplitCase> anySplit(Currency currency, int poolSize) {
    return Arbitraries.oneOf(
        equal(currency, poolSize),
        exact(currency, poolSize),
        percent(currency, poolSize),
        shares(currency, poolSize));
  }

  public static Arbitrary<Currency> currencies() {
    return Arbitraries.of(USD, JPY, KWD);
  }

  /** Between 1 and 12 distinct users of the first {@code poolSize} of the pool, in random order. */
  public static Arbitrary<List<UserId>> participants(int poolSize) {
    return Arbitraries.integers()
        .between(0, poolSize - 1)
        .set()
        .ofMinSize(1)
        .ofMaxSize(Math.min(12, poolSize))
        .flatMap(ids -> Arbitraries.shuffle(ids.stream().map(Users::user).toList()));
  }

  public static Arbitrary<Money> amounts(Currency currency) {
    return Arbitraries.longs()
        .between(1, 100_000_000L)
        .map(units -> Money.ofMinor(units, currency));
  }

  public static Arbitrary<SplitCase> equal(Currency currency, int poolSize) {
    return Combinators.combine(amounts(currency), participants(poolSize))
        .as((amount, users) -> new SplitCase(amount, Split.equalAmong(users)));
  }

  public static Arbitrary<SplitCase> shares(Currency currency, int poolSize) {
    return participants(poolSize)
        .flatMap(
            users ->
                Combinators.combine(
                        amounts(currency),
                        Arbitraries.integers().between(1, 100).list().ofSize(users.size()))
                    .as(
                        (amount, weights) ->
                            new SplitCase(
                                amount,
                                split(SplitMode.SHARES, users, weights, BigDecimal::valueOf))));
  }

  public static Arbitrary<SplitCase> exact(Currency currency, int poolSize) {
    int scale = Money.scaleOf(currency);
    return participants(poolSize)
        .flatMap(
            users ->
                Arbitraries.longs()
                    .between(1, 10_000_000L)
                    .list()
                    .ofSize(users.size())
                    .map(
                        units ->
                            new SplitCase(
                                Money.ofMinor(units.stream().mapToLong(u -> u).sum(), currency),
                                split(
                                    SplitMode.EXACT,
                                    users,
                                    units,
                                    u -> BigDecimal.valueOf(u, scale)))));
  }

  /** Percentages with two decimals: cut 100.00 at distinct random points. */
  public static Arbitrary<SplitCase> percent(Currency currency, int poolSize) {
    return participants(poolSize)
        .flatMap(
            users ->
                Combinators.combine(
                        amounts(currency),
                        Arbitraries.integers().between(1, 9_999).set().ofSize(users.size() - 1))
                    .as(
                        (amount, cuts) ->
                            new SplitCase(
                                amount,
                                split(
                                    SplitMode.PERCENT,
                                    users,
                                    basisPoints(cuts),
                                    bp -> BigDecimal.valueOf(bp, 2)))));
  }

  /** A valid expense: one to three payers and any split, among the first {@code poolSize} users. */
  public static Arbitrary<CostSharing> expenses(Currency currency, int poolSize) {
    return Combinators.combine(
            anySplit(currency, poolSize),
            participants(poolSize).map(users -> users.subList(0, Math.min(3, users.size()))),
            Arbitraries.integers().between(1, 100).list().ofSize(3))
        .as(
            (sample, payers, weights) ->
                CostSharing.of(
                    sample.amount(), payers(sample.amount(), payers, weights), sample.split()));
  }

  private static List<Payer> payers(Money amount, List<UserId> users, List<Integer> weights) {
    var byUser = new TreeMap<UserId, BigInteger>();
    for (int i = 0; i < users.size(); i++) {
      byUser.put(users.get(i), BigInteger.valueOf(weights.get(i)));
    }
    return LargestRemainder.allocate(amount, byUser).entrySet().stream()
        .filter(e -> e.getValue().isPositive())
        .map(e -> new Payer(e.getKey(), e.getValue()))
        .toList();
  }

  private static List<Integer> basisPoints(Set<Integer> cuts) {
    List<Integer> points = new ArrayList<>(cuts);
    points.sort(null);
    points.add(10_000);
    List<Integer> parts = new ArrayList<>();
    int previous = 0;
    for (int point : points) {
      parts.add(point - previous);
      previous = point;
    }
    return parts;
  }

  private static <T> Split split(
      SplitMode mode, List<UserId> users, List<T> values, Function<T, BigDecimal> toValue) {
    List<Share> shares = new ArrayList<>();
    for (int i = 0; i < users.size(); i++) {
      shares.add(new Share(users.get(i), toValue.apply(values.get(i))));
    }
    return new Split(mode, shares);
  }
}
