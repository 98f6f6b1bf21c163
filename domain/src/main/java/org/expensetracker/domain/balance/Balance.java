package org.expensetracker.domain.balance;

import java.util.Objects;
import org.expensetracker.domain.identity.UserId;
import org.expensetracker.domain.money.Money;

/**
 * One member's standing: what they put in, what they are due to bear, and the difference.
 *
 * <p>{@code paid} counts what the member paid for expenses plus the settlements they sent; {@code
 * owed} counts their parts of expenses plus the settlements they received. A positive {@link
 * #net()} is owed to the member, a negative one is owed by them.
 */
public record Balance(UserId user, Money paid, Money owed) {
  public Balance {
    Objects.requireNonNull(user, "user");
    Objects.requireNonNull(paid, "paid");
    Objects.requireNonNull(owed, "owed");
    if (!paid.currency().equals(owed.currency())) {
      throw new IllegalArgumentException("Paid and owed differ in currency for " + user);
    }
  }

  /** {@code paid − owed}: positive when the others owe this member. */
  public Money net() {
    return paid.minus(owed);
  }
}
