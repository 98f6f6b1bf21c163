package org.expensetracker.domain.expense;

import java.util.Objects;
import org.expensetracker.domain.identity.UserId;
import org.expensetracker.domain.money.Money;

/** What one participant owes of an expense. */
public record Part(UserId user, Money amount) {
  public Part {
    Objects.requireNonNull(user, "user");
    Objects.requireNonNull(amount, "amount");
  }
}
