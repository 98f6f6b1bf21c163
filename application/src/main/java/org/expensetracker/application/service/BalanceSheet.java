package org.expensetracker.application.service;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.expensetracker.application.port.in.BalancesUseCase;
import org.expensetracker.application.port.in.MemberBalance;
import org.expensetracker.application.port.in.Scope;
import org.expensetracker.application.port.in.SettleUpUseCase;
import org.expensetracker.application.port.out.Ledger;
import org.expensetracker.application.port.out.Settlements;
import org.expensetracker.application.port.out.Transactions;
import org.expensetracker.domain.balance.Balances;
import org.expensetracker.domain.balance.SettleUp;
import org.expensetracker.domain.balance.Transfer;
import org.expensetracker.domain.identity.UserId;
import org.expensetracker.domain.money.Money;
import org.expensetracker.domain.workspace.Membership;

/** Balances and settle-up suggestions: read-only, any member. */
final class BalanceSheet implements BalancesUseCase, SettleUpUseCase {
  private final Transactions transactions;
  private final WorkspaceAccess access;
  private final Ledger ledger;
  private final Settlements settlements;

  BalanceSheet(
      Transactions transactions, WorkspaceAccess access, Ledger ledger, Settlements settlements) {
    this.transactions = transactions;
    this.access = access;
    this.ledger = ledger;
    this.settlements = settlements;
  }

  @Override
  public Sheet balances(Scope scope) {
    return transactions.inTransaction(
        () -> {
          Membership reader = access.reader(scope.workspace(), scope.caller());
          List<Ledger.MemberTotals> totals = ledger.totals(scope.workspace(), reader.currency());
          requireBalanced(totals, reader);
          return new Sheet(
              reader.currency(),
              totals.stream()
                  .map(t -> new MemberBalance(t.user(), t.fullName(), t.paid(), t.owed()))
                  .toList());
        });
  }

  @Override
  public Plan settleUp(Scope scope, boolean simplify) {
    return transactions.inTransaction(
        () -> {
          Membership reader = access.reader(scope.workspace(), scope.caller());
          List<Transfer> transfers =
              simplify
                  ? SettleUp.suggest(
                      requireBalanced(ledger.totals(scope.workspace(), reader.currency()), reader))
                  : SettleUp.pairwise(
                      ledger.sharings(scope.workspace(), reader.currency()),
                      settlements.transfers(scope.workspace()));
          return new Plan(reader.currency(), simplify, transfers);
        });
  }

  /** The domain's balances, which refuse totals that do not add up to zero (a storage bug). */
  private static Balances requireBalanced(List<Ledger.MemberTotals> totals, Membership reader) {
    Map<UserId, Money> paid = new HashMap<>();
    Map<UserId, Money> owed = new HashMap<>();
    for (Ledger.MemberTotals t : totals) {
      paid.put(t.user(), t.paid());
      owed.put(t.user(), t.owed());
    }
    return Balances.of(paid, owed, reader.currency());
  }
}
