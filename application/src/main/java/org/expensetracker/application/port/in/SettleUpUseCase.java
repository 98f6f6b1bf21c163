package org.expensetracker.application.port.in;

import java.util.List;
import org.expensetracker.domain.balance.Transfer;

/**
 * Incoming port: the payments that would bring every balance to zero. Simplified, the fewest
 * transfers (exact for up to 12 open balances, greedy above); otherwise the direct debts between
 * pairs as the expenses arose. Deterministic for the same data.
 */
public interface SettleUpUseCase {
  List<Transfer> settleUp(Scope scope, boolean simplify);
}
