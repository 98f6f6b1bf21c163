package org.expensetracker.application.port.out;

import java.util.Currency;
import java.util.List;
import java.util.Objects;
import org.expensetracker.domain.expense.CostSharing;
import org.expensetracker.domain.identity.UserId;
import org.expensetracker.domain.money.Money;
import org.expensetracker.domain.workspace.WorkspaceId;

/**
 * Outgoing port: the money that moved in a workspace, summed per person (expenses and recorded
 * settlements together), so balances never need a workspace's whole history in memory.
 */
public interface Ledger {

  /**
   * One line per current member (zeros when they have no activity) and per former member who still
   * appears in an expense or settlement, sorted by user. {@code paid} counts what the person paid
   * for expenses plus the settlements they sent; {@code owed} their parts plus the settlements they
   * received (see {@code Balance}).
   */
  List<MemberTotals> totals(WorkspaceId workspace, Currency currency);

  /** Every expense's payers and parts, for the direct (unsimplified) debts between pairs. */
  List<CostSharing> sharings(WorkspaceId workspace, Currency currency);

  /** What one person paid and owes in the workspace, with their name. */
  record MemberTotals(UserId user, String fullName, Money paid, Money owed) {
    public MemberTotals {
      Objects.requireNonNull(user, "user");
      Objects.requireNonNull(fullName, "fullName");
      Objects.requireNonNull(paid, "paid");
      Objects.requireNonNull(owed, "owed");
    }
  }
}
