package org.expensetracker.domain.balance;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.Currency;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.PriorityQueue;
import java.util.Set;
import java.util.TreeMap;
import org.expensetracker.domain.expense.CostSharing;
import org.expensetracker.domain.expense.Part;
import org.expensetracker.domain.expense.Payer;
import org.expensetracker.domain.identity.UserId;
import org.expensetracker.domain.money.LargestRemainder;
import org.expensetracker.domain.money.Money;

/**
 * Suggests who should pay whom so that every balance becomes zero.
 *
 * <p>Every answer is deterministic: it depends only on the data, never on the order it was given
 * in, and lists transfers sorted by payer, then by payee (user id order).
 */
public final class SettleUp {
  /** Up to this many open balances the fewest possible transfers are found (2^12 subsets). */
  static final int EXACT_LIMIT = 12;

  private SettleUp() {}

  /**
   * The fewest transfers that settle everyone, at most one fewer than the open (non-zero) balances.
   *
   * <p>With at most {@value #EXACT_LIMIT} open balances the result is a true minimum: the open
   * balances are split into the largest number of groups that each add up to zero (a dynamic
   * programme over subsets), and each group of n members settles in n − 1 transfers, so the total
   * is the open count minus the number of groups. Above that, one greedy pass over everyone.
   *
   * <p>Within a group (or everyone), the largest debtor repeatedly pays the largest creditor as
   * much as settles one of them; equal amounts go to the smaller user id first.
   */
  public static List<Transfer> suggest(Balances balances) {
    List<Open> open =
        balances.members().stream()
            .filter(balance -> !balance.net().isZero())
            .map(balance -> new Open(balance.user(), balance.net().amount()))
            .toList(); // sorted by user, as Balances are
    List<List<Open>> groups = open.size() <= EXACT_LIMIT ? zeroSumGroups(open) : List.of(open);
    List<Transfer> transfers = new ArrayList<>();
    for (List<Open> group : groups) {
      settleGreedily(group, balances.currency(), transfers);
    }
    return sorted(transfers);
  }

  /**
   * Direct debts between pairs of members, without simplification: who owes whom as the expenses
   * arose.
   *
   * <p>In each expense, every participant owes the payers their part (with a single payer, all of
   * it to that payer). With several payers, the parts are taken in user id order and each is spread
   * over the payers in proportion to what each payer has still to get back, in whole minor units by
   * {@link LargestRemainder}. That is plain proportion to what they paid whenever amounts divide
   * evenly, and it keeps both sides exact: every participant owes exactly their part and every
   * payer gets back exactly what they paid (rounding each part against the original amounts could
   * give one payer an extra cent and leave a pair owing where all nets are zero). What a payer owes
   * themselves is dropped.
   *
   * <p>The two directions of every pair are then netted, and settlements between the pair subtract
   * from the sender's debt (an overpayment turns the debt around). Circular debts cancel (see
   * {@link #cancelCycles}). Pairs that come out even are left out.
   */
  public static List<Transfer> pairwise(
      Collection<CostSharing> expenses, Collection<Transfer> settlements) {
    Map<Pair, Money> debts = new HashMap<>(); // positive: pair.low owes pair.high
    for (CostSharing expense : expenses) {
      Map<UserId, BigInteger> toRecover = new TreeMap<>();
      for (Payer payer : expense.payers()) {
        toRecover.put(payer.user(), payer.amount().minorUnits());
      }
      for (Part part : expense.parts()) { // sorted by user
        if (part.amount().isZero()) {
          continue;
        }
        LargestRemainder.allocate(part.amount(), toRecover)
            .forEach(
                (payer, amount) -> {
                  toRecover.merge(payer, amount.minorUnits().negate(), BigInteger::add);
                  owe(debts, part.user(), payer, amount);
                });
      }
    }
    for (Transfer settlement : settlements) {
      owe(debts, settlement.to(), settlement.from(), settlement.amount());
    }
    Map<UserId, Map<UserId, BigDecimal>> owes = new TreeMap<>(); // debtor -> creditor -> amount
    Currency currency = null;
    for (Map.Entry<Pair, Money> entry : debts.entrySet()) {
      Money debt = entry.getValue();
      currency = debt.currency();
      if (debt.isPositive()) {
        edge(owes, entry.getKey().low(), entry.getKey().high(), debt.amount());
      } else if (debt.signum() < 0) {
        edge(owes, entry.getKey().high(), entry.getKey().low(), debt.amount().negate());
      }
    }
    cancelCycles(owes);
    List<Transfer> transfers = new ArrayList<>();
    for (Map.Entry<UserId, Map<UserId, BigDecimal>> debtor : owes.entrySet()) {
      for (Map.Entry<UserId, BigDecimal> creditor : debtor.getValue().entrySet()) {
        transfers.add(
            new Transfer(
                debtor.getKey(), creditor.getKey(), new Money(creditor.getValue(), currency)));
      }
    }
    return sorted(transfers);
  }

  private static void edge(
      Map<UserId, Map<UserId, BigDecimal>> owes, UserId from, UserId to, BigDecimal amount) {
    owes.computeIfAbsent(from, u -> new TreeMap<>()).put(to, amount);
  }

  /**
   * Circular debts (A owes B, B owes C, C owes A) cancel: each cycle is reduced by its smallest
   * debt, which leaves every net as it was and removes at least one debt, until none is left. This
   * matters once settlements follow the simplified plan: they pay along other pairs than the debts
   * arose on, and the pairs alone would then show debts between people whose balances are all zero.
   * Cycles are searched in user id order, so the result stays deterministic.
   */
  private static void cancelCycles(Map<UserId, Map<UserId, BigDecimal>> owes) {
    for (List<UserId> cycle = findCycle(owes); cycle != null; cycle = findCycle(owes)) {
      BigDecimal least = null;
      for (int i = 0; i < cycle.size(); i++) {
        BigDecimal debt = owes.get(cycle.get(i)).get(cycle.get((i + 1) % cycle.size()));
        least = least == null ? debt : least.min(debt);
      }
      for (int i = 0; i < cycle.size(); i++) {
        UserId from = cycle.get(i);
        UserId to = cycle.get((i + 1) % cycle.size());
        BigDecimal rest = owes.get(from).get(to).subtract(least);
        if (rest.signum() == 0) {
          owes.get(from).remove(to);
          if (owes.get(from).isEmpty()) {
            owes.remove(from);
          }
        } else {
          owes.get(from).put(to, rest);
        }
      }
    }
  }

  /** The first cycle of debts a depth-first search meets, as its members in order; else null. */
  private static List<UserId> findCycle(Map<UserId, Map<UserId, BigDecimal>> owes) {
    Set<UserId> done = new HashSet<>();
    for (UserId start : owes.keySet()) {
      List<UserId> path = new ArrayList<>();
      List<UserId> cycle = visit(start, owes, path, new HashSet<>(), done);
      if (cycle != null) {
        return cycle;
      }
    }
    return null;
  }

  private static List<UserId> visit(
      UserId node,
      Map<UserId, Map<UserId, BigDecimal>> owes,
      List<UserId> path,
      Set<UserId> onPath,
      Set<UserId> done) {
    if (onPath.contains(node)) {
      return new ArrayList<>(path.subList(path.indexOf(node), path.size()));
    }
    if (!done.add(node)) {
      return null;
    }
    path.add(node);
    onPath.add(node);
    for (UserId next : owes.getOrDefault(node, Map.of()).keySet()) {
      List<UserId> cycle = visit(next, owes, path, onPath, done);
      if (cycle != null) {
        return cycle;
      }
    }
    path.remove(path.size() - 1);
    onPath.remove(node);
    return null;
  }

  private static void owe(Map<Pair, Money> debts, UserId debtor, UserId creditor, Money amount) {
    if (debtor.equals(creditor) || amount.isZero()) {
      return;
    }
    boolean debtorIsLow = debtor.compareTo(creditor) < 0;
    Pair pair = debtorIsLow ? new Pair(debtor, creditor) : new Pair(creditor, debtor);
    debts.merge(pair, debtorIsLow ? amount : amount.negate(), Money::plus);
  }

  /**
   * Splits the open balances (sorted by user) into the largest number of zero-sum groups.
   *
   * <p>{@code groups[mask]} is the most zero-sum groups a subset can be cut into when its members
   * are taken one at a time and a group closes whenever the taken ones add up to zero. Walking back
   * from the full set, always removing the smallest index that keeps the optimum, makes the answer
   * deterministic.
   */
  private static List<List<Open>> zeroSumGroups(List<Open> open) {
    int n = open.size();
    int full = (1 << n) - 1;
    BigDecimal[] sum = new BigDecimal[full + 1];
    int[] groups = new int[full + 1];
    sum[0] = BigDecimal.ZERO;
    for (int mask = 1; mask <= full; mask++) {
      int lowest = Integer.numberOfTrailingZeros(mask);
      sum[mask] = sum[mask & (mask - 1)].add(open.get(lowest).net());
      int best = 0;
      for (int rest = mask; rest != 0; rest &= rest - 1) {
        best = Math.max(best, groups[mask ^ Integer.lowestOneBit(rest)]);
      }
      groups[mask] = best + (sum[mask].signum() == 0 ? 1 : 0);
    }

    List<List<Open>> result = new ArrayList<>();
    List<Open> current = new ArrayList<>();
    for (int mask = full; mask != 0; ) {
      int target = groups[mask] - (sum[mask].signum() == 0 ? 1 : 0);
      int bit = Integer.lowestOneBit(mask);
      while (groups[mask ^ bit] != target) {
        bit = Integer.lowestOneBit(mask & ~((bit << 1) - 1));
      }
      current.add(open.get(Integer.numberOfTrailingZeros(bit)));
      mask ^= bit;
      if (sum[mask].signum() == 0) {
        result.add(current);
        current = new ArrayList<>();
      }
    }
    return result;
  }

  private static void settleGreedily(
      List<Open> group, Currency currency, List<Transfer> transfers) {
    Comparator<Open> largestFirst =
        Comparator.comparing((Open o) -> o.net().abs()).reversed().thenComparing(Open::user);
    PriorityQueue<Open> debtors = new PriorityQueue<>(largestFirst);
    PriorityQueue<Open> creditors = new PriorityQueue<>(largestFirst);
    for (Open member : group) {
      (member.net().signum() < 0 ? debtors : creditors).add(member);
    }
    while (!debtors.isEmpty() && !creditors.isEmpty()) {
      Open debtor = debtors.poll();
      Open creditor = creditors.poll();
      BigDecimal amount = debtor.net().abs().min(creditor.net());
      transfers.add(new Transfer(debtor.user(), creditor.user(), new Money(amount, currency)));
      requeue(debtors, new Open(debtor.user(), debtor.net().add(amount)));
      requeue(creditors, new Open(creditor.user(), creditor.net().subtract(amount)));
    }
  }

  private static void requeue(PriorityQueue<Open> queue, Open member) {
    if (member.net().signum() != 0) {
      queue.add(member);
    }
  }

  private static List<Transfer> sorted(List<Transfer> transfers) {
    return transfers.stream()
        .sorted(Comparator.comparing(Transfer::from).thenComparing(Transfer::to))
        .toList();
  }

  /** A member whose balance is not settled yet, with what remains of their net. */
  private record Open(UserId user, BigDecimal net) {}

  private record Pair(UserId low, UserId high) {}
}
