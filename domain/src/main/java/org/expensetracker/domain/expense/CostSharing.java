package org.expensetracker.domain.expense;

import java.math.BigDecimal;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;
import org.expensetracker.domain.identity.UserId;
import org.expensetracker.domain.money.Money;
import org.expensetracker.domain.shared.InvalidInput;
import org.expensetracker.domain.shared.Validation;

/**
 * The money side of one expense: who paid how much and what each participant owes. Payers and parts
 * each add up exactly to the amount and are sorted by user.
 *
 * <p>The constructor is the one way to rebuild from storage and re-checks every invariant (throwing
 * {@link IllegalArgumentException}, since stored data that breaks them is a bug); {@link #of} is
 * the way in for client input and answers with {@link InvalidInput}.
 */
public record CostSharing(Money amount, List<Payer> payers, List<Part> parts) {

  public CostSharing {
    Objects.requireNonNull(amount, "amount");
    payers = sortedByUser(payers, Payer::user);
    parts = sortedByUser(parts, Part::user);
    if (!amount.isPositive()) {
      throw new IllegalArgumentException("Amount must be positive: " + amount);
    }
    for (Payer payer : payers) {
      if (!payer.amount().isPositive()) {
        throw new IllegalArgumentException("Every payer must pay a positive amount: " + payers);
      }
    }
    for (Part part : parts) {
      if (part.amount().signum() < 0) {
        throw new IllegalArgumentException("No part may be negative: " + parts);
      }
    }
    requireTotal(amount, payers, Payer::amount, "payers");
    requireTotal(amount, parts, Part::amount, "parts");
  }

  /**
   * Checks the client's payers against the amount and divides the amount by the split.
   *
   * @throws InvalidInput listing every problem, with fields {@code amount}, {@code payers}, {@code
   *     payers[i].user_id}, {@code payers[i].amount} and those of {@link Split#partsOf}
   */
  public static CostSharing of(Money amount, List<Payer> payers, Split split) {
    Validation validation = new Validation();
    validation.check(amount.isPositive(), "amount", "must be greater than 0");
    checkPayers(amount, payers, validation);
    List<Part> parts = amount.isPositive() ? validation.attempt(() -> split.partsOf(amount)) : null;
    validation.throwIfInvalid();
    return new CostSharing(amount, payers, parts);
  }

  private static void checkPayers(Money amount, List<Payer> payers, Validation validation) {
    if (payers.isEmpty()) {
      validation.add("payers", "must list at least one payer");
      return;
    }
    // Field names and messages are built only for a problem: this runs for every stored expense
    // read, so the valid path allocates no strings.
    Set<UserId> seen = payers.size() > 1 ? new HashSet<>() : Set.of();
    boolean amountsValid = true;
    for (int i = 0; i < payers.size(); i++) {
      Payer payer = payers.get(i);
      if (payers.size() > 1 && !seen.add(payer.user())) {
        validation.add("payers[" + i + "].user_id", "appears more than once");
      }
      if (!payer.amount().isPositive()) {
        amountsValid = false;
        validation.add("payers[" + i + "].amount", "must be greater than 0");
      }
    }
    if (amountsValid) {
      Money paid = sum(amount, payers, Payer::amount);
      if (!paid.equals(amount)) {
        validation.add(
            "payers",
            "must add up to the expense amount " + amount + " (they add up to " + paid + ")");
      }
    }
  }

  private static <T> void requireTotal(
      Money amount, List<T> items, Function<T, Money> money, String what) {
    if (items.isEmpty() || !sum(amount, items, money).equals(amount)) {
      throw new IllegalArgumentException(
          "The " + what + " must add up to " + amount + ": " + items);
    }
  }

  private static <T> Money sum(Money amount, List<T> items, Function<T, Money> money) {
    BigDecimal total = BigDecimal.ZERO;
    for (T item : items) {
      total = total.add(money.apply(item).amount());
    }
    return new Money(total, amount.currency());
  }

  /** The items in user order (no re-sort when already sorted, as stored ones are). */
  private static <T> List<T> sortedByUser(List<T> items, Function<T, UserId> user) {
    List<T> sorted = items;
    for (int i = 1; i < items.size(); i++) {
      if (user.apply(items.get(i - 1)).compareTo(user.apply(items.get(i))) > 0) {
        sorted = items.stream().sorted(Comparator.comparing(user)).toList();
        break;
      }
    }
    for (int i = 1; i < sorted.size(); i++) {
      if (user.apply(sorted.get(i - 1)).equals(user.apply(sorted.get(i)))) {
        throw new IllegalArgumentException("User listed twice: " + user.apply(sorted.get(i)));
      }
    }
    return List.copyOf(sorted);
  }
}
