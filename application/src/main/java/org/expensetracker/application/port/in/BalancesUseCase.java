package org.expensetracker.application.port.in;

import java.util.Currency;
import java.util.List;
import java.util.Objects;

/**
 * Incoming port: every member's balance in the workspace currency (any member may read). The nets
 * add up to exactly zero; former members appear while they still have a balance.
 */
public interface BalancesUseCase {
  Sheet balances(Scope scope);

  /** The balances, sorted by user, in the workspace's currency. */
  record Sheet(Currency currency, List<MemberBalance> members) {
    public Sheet {
      Objects.requireNonNull(currency, "currency");
      members = List.copyOf(members);
    }
  }
}
