package org.expensetracker.domain.balance;

import java.util.Objects;
import org.expensetracker.domain.identity.UserId;
import org.expensetracker.domain.money.Money;

/**
 * A payment from one member to another: a settlement that was recorded, or one that settle-up
 * suggests.
 */
public record Transfer(UserId from, UserId to, Money amount) {
  public Transfer {
    Objects.requireNonNull(from, "from");
    Objects.requireNonNull(to, "to");
    Objects.requireNonNull(amount, "amount");
    if (from.equals(to)) {
      throw new IllegalArgumentException("A transfer needs two different members: " + from);
    }
    if (!amount.isPositive()) {
      throw new IllegalArgumentException("A transfer moves a positive amount: " + amount);
    }
  }
}
