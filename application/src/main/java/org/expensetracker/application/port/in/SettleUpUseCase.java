package org.expensetracker.application.port.in;

import java.util.Currency;
import java.util.List;
import java.util.Objects;
import org.expensetracker.domain.balance.Transfer;

/**
 * Incoming port: the payments that would bring every balance to zero. Simplified, the fewest
 * transfers (exact for up to 12 open balances, greedy above); otherwise the direct debts between
 * pairs as the expenses arose. Deterministic for the same data.
 */
public interface SettleUpUseCase {
  Plan settleUp(Scope scope, boolean simplify);

  /** The transfers, sorted by payer then payee, in the workspace's currency. */
  record Plan(Currency currency, boolean simplified, List<Transfer> transfers) {
    public Plan {
      Objects.requireNonNull(currency, "currency");
      transfers = List.copyOf(transfers);
    }
  }
}
