package org.expensetracker.domain.balance;

import java.util.Collection;
import java.util.Currency;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import org.expensetracker.domain.expense.CostSharing;
import org.expensetracker.domain.expense.Part;
import org.expensetracker.domain.expense.Payer;
import org.expensetracker.domain.identity.UserId;
import org.expensetracker.domain.money.Money;

/**
 * Every member's balance in one workspace currency, sorted by user; the nets always add up to
 * exactly zero.
 *
 * <p>Storage can feed it per-user sums ({@link #of}), so a workspace's history never has to be
 * loaded to show balances; {@link #from} builds the same thing from whole expenses.
 */
public record Balances(Currency currency, List<Balance> members) {

  public Balances {
    Objects.requireNonNull(currency, "currency");
    members = List.copyOf(members);
    Money total = Money.zero(currency);
    for (int i = 0; i < members.size(); i++) {
      Balance balance = members.get(i);
      if (i > 0 && members.get(i - 1).user().compareTo(balance.user()) >= 0) {
        throw new IllegalArgumentException("Balances must be sorted by user, each user once");
      }
      total = total.plus(balance.net()); // also refuses another currency
    }
    if (!total.isZero()) {
      throw new IllegalArgumentException("Balances must add up to zero, not " + total);
    }
  }

  /**
   * Builds balances from per-user totals, as storage sums them; a user missing from one map counts
   * zero there. See {@link Balance} for what {@code paid} and {@code owed} include.
   *
   * @throws IllegalArgumentException if the totals do not balance (inconsistent data)
   */
  public static Balances of(Map<UserId, Money> paid, Map<UserId, Money> owed, Currency currency) {
    Money zero = Money.zero(currency);
    Set<UserId> users = new TreeSet<>(paid.keySet());
    users.addAll(owed.keySet());
    return new Balances(
        currency,
        users.stream()
            .map(
                user ->
                    new Balance(user, paid.getOrDefault(user, zero), owed.getOrDefault(user, zero)))
            .toList());
  }

  /**
   * Builds balances from whole expenses and recorded settlements: a settlement from A to B counts
   * as A paying B, which raises A's net and lowers B's.
   */
  public static Balances from(
      Collection<CostSharing> expenses, Collection<Transfer> settlements, Currency currency) {
    Map<UserId, Money> paid = new HashMap<>();
    Map<UserId, Money> owed = new HashMap<>();
    for (CostSharing expense : expenses) {
      for (Payer payer : expense.payers()) {
        paid.merge(payer.user(), payer.amount(), Money::plus);
      }
      for (Part part : expense.parts()) {
        owed.merge(part.user(), part.amount(), Money::plus);
      }
    }
    for (Transfer settlement : settlements) {
      paid.merge(settlement.from(), settlement.amount(), Money::plus);
      owed.merge(settlement.to(), settlement.amount(), Money::plus);
    }
    return of(paid, owed, currency);
  }

  /** The member's balance; zero for someone with no expenses or settlements. */
  public Balance balanceOf(UserId user) {
    return members.stream()
        .filter(balance -> balance.user().equals(user))
        .findFirst()
        .orElseGet(() -> new Balance(user, Money.zero(currency), Money.zero(currency)));
  }
}
