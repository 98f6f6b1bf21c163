package org.expensetracker.domain.testing;

import static org.expensetracker.domain.testing.MoneyFixtures.USD;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import org.expensetracker.domain.balance.Balances;
import org.expensetracker.domain.balance.Transfer;
import org.expensetracker.domain.expense.CostSharing;
import org.expensetracker.domain.identity.UserId;
import org.expensetracker.domain.money.Money;

/** Generators of balances and settlements among the numbered {@link Users#user} pool, in USD. */
public final class BalanceArbitraries {
  private BalanceArbitraries() {}

  /**
   * Balances of {@code minOpen} to {@code maxOpen} members (one of them may come out zero). Nets
   * are small whole dollars, so that many subgroups add up to zero, or any cents.
   */
  public static Arbitrary<Balances> balances(int minOpen, int maxOpen) {
    Arbitrary<Long> smallDollars =
        Arbitraries.longs().between(-9, 9).filter(n -> n != 0).map(n -> n * 100);
    Arbitrary<Long> anyCents = Arbitraries.longs().between(-100_000, 100_000).filter(n -> n != 0);
    return Arbitraries.of(List.of(smallDollars, anyCents))
        .flatMap(
            nets ->
                Combinators.combine(
                        Arbitraries.integers().between(0, 99).set().ofSize(maxOpen),
                        nets.list().ofMinSize(minOpen - 1).ofMaxSize(maxOpen - 1))
                    .as(BalanceArbitraries::withNets));
  }

  private static Balances withNets(Set<Integer> pool, List<Long> nets) {
    List<UserId> users = pool.stream().map(Users::user).toList();
    Map<UserId, Money> byUser = new HashMap<>();
    long sum = 0;
    for (int i = 0; i < nets.size(); i++) {
      byUser.put(users.get(i), Money.ofMinor(nets.get(i), USD));
      sum += nets.get(i);
    }
    byUser.put(users.get(nets.size()), Money.ofMinor(-sum, USD));
    return withNets(byUser);
  }

  /** Balances with the given nets, as if each had paid (or owed) just that much. */
  public static Balances withNets(Map<UserId, Money> nets) {
    Map<UserId, Money> paid = new HashMap<>();
    Map<UserId, Money> owed = new HashMap<>();
    nets.forEach(
        (user, net) -> {
          if (net.signum() >= 0) {
            paid.put(user, net);
          } else {
            owed.put(user, net.negate());
          }
        });
    return Balances.of(paid, owed, USD);
  }

  /** Up to eight valid expenses among the first eight users of the pool. */
  public static Arbitrary<List<CostSharing>> expenses() {
    return SplitArbitraries.expenses(USD, 8).list().ofMaxSize(8);
  }

  /** Up to five settlements among the first eight users of the pool. */
  public static Arbitrary<List<Transfer>> settlements() {
    int poolSize = 8;
    Arbitrary<Integer> member = Arbitraries.integers().between(0, poolSize - 1);
    return Combinators.combine(member, member, Arbitraries.longs().between(1, 100_000))
        .filter((from, to, cents) -> !from.equals(to))
        .as(
            (from, to, cents) ->
                new Transfer(Users.user(from), Users.user(to), Money.ofMinor(cents, USD)))
        .list()
        .ofMaxSize(5);
  }

  /**
   * Each member's net, applying the transfers on top: the sender's net rises, the payee's falls.
   */
  public static Map<UserId, Money> netsAfter(Balances balances, List<Transfer> transfers) {
    Map<UserId, Money> nets = new HashMap<>();
    balances.members().forEach(balance -> nets.put(balance.user(), balance.net()));
    for (Transfer transfer : transfers) {
      nets.merge(transfer.from(), transfer.amount(), Money::plus);
      nets.merge(transfer.to(), transfer.amount().negate(), Money::plus);
    }
    return nets;
  }
}
