package org.expensetracker.domain.expense;

import java.math.BigDecimal;
import java.util.List;
import java.util.Objects;
import org.expensetracker.domain.identity.UserId;
import org.expensetracker.domain.money.Money;
import org.expensetracker.domain.shared.InvalidInput;
import org.expensetracker.domain.shared.Validation;

/**
 * Who paid an expense, as its author states it: one member the whole amount, or several members
 * each a stated amount. One payer always pays the whole amount, so changing the amount of such an
 * expense moves the payer's amount with it; several payers' amounts must be restated.
 */
public sealed interface PaidBy {

  /**
   * The payers of {@code amount}, sorted by user.
   *
   * @throws InvalidInput naming {@code payers[i].amount} for a missing, non-positive or
   *     over-precise amount (the sum is checked by {@link CostSharing#of})
   */
  List<Payer> payersOf(Money amount);

  /** Every user named, in the client's order (errors point into this list). */
  List<UserId> users();

  /** The error field of the i-th user named. */
  String field(int index);

  /**
   * Rebuilds the statement from stored payers: one payer is {@link One}, more are {@link Several}.
   */
  static PaidBy of(List<Payer> payers) {
    if (payers.size() == 1) {
      return new One(payers.get(0).user());
    }
    return new Several(payers.stream().map(p -> new Share(p.user(), p.amount().amount())).toList());
  }

  /** One member paid everything. */
  record One(UserId user) implements PaidBy {
    public One {
      Objects.requireNonNull(user, "user");
    }

    @Override
    public List<Payer> payersOf(Money amount) {
      return List.of(new Payer(user, amount));
    }

    @Override
    public List<UserId> users() {
      return List.of(user);
    }

    @Override
    public String field(int index) {
      return "paid_by";
    }
  }

  /** Several members paid, each the amount in their share's value. */
  record Several(List<Share> amounts) implements PaidBy {
    public Several {
      amounts = List.copyOf(amounts);
    }

    @Override
    public List<Payer> payersOf(Money amount) {
      if (amounts.isEmpty()) {
        throw new InvalidInput("payers", "must list at least one payer");
      }
      Validation validation = new Validation();
      int scale = Money.scaleOf(amount.currency());
      for (int i = 0; i < amounts.size(); i++) {
        BigDecimal value = amounts.get(i).value();
        String field = "payers[" + i + "].amount";
        if (value == null) {
          validation.add(field, "is required");
        } else if (value.signum() <= 0) {
          validation.add(field, "must be greater than 0");
        } else if (value.compareTo(amount.amount()) > 0) {
          validation.add(field, "must not be more than the expense amount " + amount);
        } else if (value.stripTrailingZeros().scale() > scale) {
          validation.add(
              field,
              "has more than "
                  + scale
                  + " decimal places for "
                  + amount.currency().getCurrencyCode());
        }
      }
      validation.throwIfInvalid();
      return amounts.stream()
          .map(share -> new Payer(share.user(), new Money(share.value(), amount.currency())))
          .toList();
    }

    @Override
    public List<UserId> users() {
      return amounts.stream().map(Share::user).toList();
    }

    @Override
    public String field(int index) {
      return "payers[" + index + "].user_id";
    }
  }
}
