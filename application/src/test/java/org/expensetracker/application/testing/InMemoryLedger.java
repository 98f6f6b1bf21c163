package org.expensetracker.application.testing;

import java.util.Collection;
import java.util.Currency;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;
import org.expensetracker.application.port.out.Ledger;
import org.expensetracker.domain.balance.Settlement;
import org.expensetracker.domain.expense.CostSharing;
import org.expensetracker.domain.expense.Expense;
import org.expensetracker.domain.expense.Part;
import org.expensetracker.domain.expense.Payer;
import org.expensetracker.domain.identity.UserId;
import org.expensetracker.domain.money.Money;
import org.expensetracker.domain.workspace.WorkspaceId;

/**
 * In-memory {@link Ledger}: sums the in-memory expenses and settlements the plain way, with the
 * current members from whichever in-memory membership table the test uses.
 */
public final class InMemoryLedger implements Ledger {
  private final InMemoryExpenses expenses;
  private final InMemorySettlements settlements;
  private final Function<WorkspaceId, Collection<UserId>> members;

  public InMemoryLedger(
      InMemoryExpenses expenses,
      InMemorySettlements settlements,
      Function<WorkspaceId, Collection<UserId>> members) {
    this.expenses = expenses;
    this.settlements = settlements;
    this.members = members;
  }

  @Override
  public List<MemberTotals> totals(WorkspaceId workspace, Currency currency) {
    Money zero = Money.zero(currency);
    Map<UserId, Money[]> sums = new TreeMap<>();
    members.apply(workspace).forEach(user -> sums.put(user, new Money[] {zero, zero}));
    for (Expense e : expenses.inWorkspace(workspace)) {
      CostSharing sharing = e.sharing();
      for (Payer payer : sharing.payers()) {
        add(sums, payer.user(), 0, payer.amount(), zero);
      }
      for (Part part : sharing.parts()) {
        add(sums, part.user(), 1, part.amount(), zero);
      }
    }
    for (Settlement s : settlements.inWorkspace(workspace)) {
      add(sums, s.from(), 0, s.amount(), zero);
      add(sums, s.to(), 1, s.amount(), zero);
    }
    return sums.entrySet().stream()
        .map(
            e ->
                new MemberTotals(
                    e.getKey(), expenses.fullNameOf(e.getKey()), e.getValue()[0], e.getValue()[1]))
        .toList();
  }

  @Override
  public List<CostSharing> sharings(WorkspaceId workspace, Currency currency) {
    return expenses.inWorkspace(workspace).stream().map(Expense::sharing).toList();
  }

  private static void add(
      Map<UserId, Money[]> sums, UserId user, int side, Money amount, Money zero) {
    Money[] line = sums.computeIfAbsent(user, u -> new Money[] {zero, zero});
    line[side] = line[side].plus(amount);
  }
}
