package org.expensetracker.application.port.in;

import java.util.List;

/**
 * Incoming port: every member's balance in the workspace currency (any member may read). The nets
 * add up to exactly zero; former members appear while they still have a balance.
 */
public interface BalancesUseCase {
  List<MemberBalance> balances(Scope scope);
}
