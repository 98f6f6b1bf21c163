package org.expensetracker.domain.expense;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;
import org.expensetracker.domain.identity.UserId;
import org.expensetracker.domain.money.LargestRemainder;
import org.expensetracker.domain.money.Money;
import org.expensetracker.domain.shared.InvalidInput;
import org.expensetracker.domain.shared.Validation;

/**
 * A request to divide an expense: a mode and the participants with their values, in the client's
 * order (error fields such as {@code split.shares[2].percent} point into this list).
 *
 * <p>When the client leaves out the list of an equal split, the caller passes {@link
 * #equalAmong(Collection)} with the current members: the expense then records who was a member at
 * that moment, so people who join later do not inherit old expenses.
 */
public record Split(SplitMode mode, List<Share> shares) {
  static final String SHARES_FIELD = "split.shares";
  private static final BigDecimal MAX_WEIGHT = BigDecimal.valueOf(1_000_000);
  private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

  public Split {
    Objects.requireNonNull(mode, "mode");
    shares = List.copyOf(shares);
  }

  /** The same split with its shares in user id order, as it is stored and compared. */
  public Split sortedByUser() {
    for (int i = 1; i < shares.size(); i++) {
      if (shares.get(i - 1).user().compareTo(shares.get(i).user()) > 0) {
        return new Split(mode, shares.stream().sorted(Comparator.comparing(Share::user)).toList());
      }
    }
    return this; // stored splits are sorted already: no copy on every read
  }

  /** An equal split among the given users, for example every current member. */
  public static Split equalAmong(Collection<UserId> users) {
    return new Split(SplitMode.EQUAL, users.stream().sorted().map(Share::of).toList());
  }

  /**
   * Divides {@code amount} into one part per listed participant, sorted by user. Parts are computed
   * in whole minor units and always add up exactly to the amount; see {@link LargestRemainder} for
   * who gets the odd cents (largest remainder first, then the smaller user id). A participant may
   * get zero only through that rounding (0.01 split three ways).
   *
   * @throws InvalidInput listing every problem: an empty or duplicated list, a missing,
   *     non-positive or over-precise value, or values that do not add up (to the amount, or to 100
   *     percent)
   */
  public List<Part> partsOf(Money amount) {
    if (!amount.isPositive()) {
      throw new InvalidInput("amount", "must be greater than 0");
    }
    if (shares.isEmpty()) {
      throw new InvalidInput(SHARES_FIELD, "must list at least one participant");
    }
    Validation validation = new Validation();
    if (!inStrictUserOrder()) { // stored splits are: no one can appear twice
      Set<UserId> seen = new HashSet<>(shares.size() * 2);
      for (int i = 0; i < shares.size(); i++) {
        if (!seen.add(shares.get(i).user())) {
          validation.add(field(i, "user_id"), "appears more than once");
        }
      }
    }
    boolean valuesValid = checkValues(amount, validation);
    if (valuesValid) {
      checkTotal(amount, validation);
    }
    validation.throwIfInvalid();

    return switch (mode) {
      case EQUAL -> allocate(amount, share -> BigInteger.ONE);
      case EXACT ->
          shares.stream()
              .map(share -> new Part(share.user(), new Money(share.value(), amount.currency())))
              .sorted(Comparator.comparing(Part::user))
              .toList();
      case PERCENT ->
          allocate(amount, share -> share.value().movePointRight(2).toBigIntegerExact());
      case SHARES -> allocate(amount, share -> share.value().toBigIntegerExact());
    };
  }

  private boolean checkValues(Money amount, Validation validation) {
    if (mode == SplitMode.EQUAL) {
      boolean valued = false;
      for (Share share : shares) {
        valued |= share.value() != null;
      }
      validation.check(
          !valued, "split.mode", "an equal split takes no amounts, percentages or weights");
      return !valued;
    }
    Bounds bounds =
        switch (mode) {
          case EXACT ->
              new Bounds(
                  amount.amount(),
                  "the expense amount " + amount,
                  Money.scaleOf(amount.currency()),
                  " for " + amount.currency().getCurrencyCode());
          case PERCENT -> new Bounds(HUNDRED, "100", 2, "");
          case SHARES -> new Bounds(MAX_WEIGHT, MAX_WEIGHT.toPlainString(), 0, "");
          case EQUAL -> throw new AssertionError("handled above");
        };
    boolean valid = true;
    for (int i = 0; i < shares.size(); i++) {
      valid &= checkValue(i, bounds, validation);
    }
    return valid;
  }

  /**
   * What a share's value may be in one mode: at most {@code max}, at most {@code scale} decimals.
   */
  private record Bounds(BigDecimal max, String maxText, int scale, String scaleSuffix) {}

  // The range is checked before the scale and before any sum, so a value such as 1E+999999999
  // is refused by a cheap comparison instead of being expanded.
  private boolean checkValue(int i, Bounds bounds, Validation validation) {
    BigDecimal value = shares.get(i).value();
    String problem;
    if (value == null) {
      problem = "is required for a " + mode.wireName() + " split";
    } else if (value.signum() <= 0) {
      problem = "must be greater than 0";
    } else if (value.compareTo(bounds.max()) > 0) {
      problem = "must not be more than " + bounds.maxText();
    } else if (value.stripTrailingZeros().scale() > bounds.scale()) {
      problem =
          bounds.scale() == 0
              ? "must be a whole number"
              : "has more than " + bounds.scale() + " decimal places" + bounds.scaleSuffix();
    } else {
      return true;
    }
    validation.add(field(i, mode.valueField()), problem);
    return false;
  }

  private void checkTotal(Money amount, Validation validation) {
    if (mode != SplitMode.EXACT && mode != SplitMode.PERCENT) {
      return; // only amounts and percentages have a total to meet
    }
    BigDecimal total =
        shares.stream()
            .map(Share::value)
            .filter(Objects::nonNull)
            .reduce(BigDecimal.ZERO, BigDecimal::add);
    if (mode == SplitMode.EXACT && total.compareTo(amount.amount()) != 0) {
      validation.add(
          SHARES_FIELD,
          "amounts must add up to the expense amount "
              + amount
              + " (they add up to "
              + total.toPlainString()
              + ")");
    } else if (mode == SplitMode.PERCENT && total.compareTo(HUNDRED) != 0) {
      validation.add(
          SHARES_FIELD,
          "percentages must add up to 100 (they add up to " + total.toPlainString() + ")");
    }
  }

  private List<Part> allocate(Money amount, Function<Share, BigInteger> weightOf) {
    List<Share> ordered = sortedByUser().shares(); // weights in user order: ties to smaller ids
    BigInteger[] weights = new BigInteger[ordered.size()];
    for (int i = 0; i < weights.length; i++) {
      weights[i] = weightOf.apply(ordered.get(i));
    }
    Money[] amounts = LargestRemainder.allocateInOrder(amount, weights);
    Part[] parts = new Part[amounts.length];
    for (int i = 0; i < parts.length; i++) {
      parts[i] = new Part(ordered.get(i).user(), amounts[i]);
    }
    return List.of(parts);
  }

  private boolean inStrictUserOrder() {
    for (int i = 1; i < shares.size(); i++) {
      if (shares.get(i - 1).user().compareTo(shares.get(i).user()) >= 0) {
        return false;
      }
    }
    return true;
  }

  private static String field(int index, String name) {
    return SHARES_FIELD + "[" + index + "]." + name;
  }
}
