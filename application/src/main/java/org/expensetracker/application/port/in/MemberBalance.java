package org.expensetracker.application.port.in;

import java.util.Objects;
import org.expensetracker.domain.identity.UserId;
import org.expensetracker.domain.money.Money;

/**
 * One person's standing in a workspace: paid (expenses paid plus settlements sent), owed (parts
 * plus settlements received) and net = paid − owed, positive when the others owe them.
 */
public record MemberBalance(UserId user, String fullName, Money paid, Money owed) {
  public MemberBalance {
    Objects.requireNonNull(user, "user");
    Objects.requireNonNull(fullName, "fullName");
    Objects.requireNonNull(paid, "paid");
    Objects.requireNonNull(owed, "owed");
  }

  public Money net() {
    return paid.minus(owed);
  }
}
