package org.expensetracker.domain.expense;

import java.util.Objects;
import org.expensetracker.domain.identity.UserId;
import org.expensetracker.domain.money.Money;

/** How much one member paid towards an expense. */
public record Payer(UserId user, Money amount) {
  public Payer {
    Objects.requireNonNull(user, "user");
    Objects.requireNonNull(amount, "amount");
  }
}
