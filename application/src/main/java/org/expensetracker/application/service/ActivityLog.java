package org.expensetracker.application.service;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import org.expensetracker.application.port.in.ActivityUseCase;
import org.expensetracker.application.port.in.Scope;
import org.expensetracker.application.port.out.AuditTrail;
import org.expensetracker.application.port.out.Expenses;
import org.expensetracker.application.port.out.Transactions;
import org.expensetracker.domain.expense.ExpenseId;
import org.expensetracker.domain.history.ActivityFilter;
import org.expensetracker.domain.history.AuditEntry;
import org.expensetracker.domain.history.EntityType;
import org.expensetracker.domain.shared.InvalidInput;
import org.expensetracker.domain.shared.NotFound;

/** Reading the audit trail: the workspace's activity, and one expense's history. */
final class ActivityLog implements ActivityUseCase {
  /** More entries than one expense ever collects in practice; bounds the answer. */
  private static final int MAX_HISTORY = 1000;

  private final Transactions transactions;
  private final WorkspaceAccess access;
  private final AuditTrail audit;
  private final Expenses expenses;

  ActivityLog(
      Transactions transactions, WorkspaceAccess access, AuditTrail audit, Expenses expenses) {
    this.transactions = transactions;
    this.access = access;
    this.audit = audit;
    this.expenses = expenses;
  }

  @Override
  public Page activity(Query query) {
    Scope scope = query.scope();
    return transactions.inTransaction(
        () -> {
          access.reader(scope.workspace(), scope.caller());
          if (query.after().isPresent()
              && !audit.contains(scope.workspace(), query.after().get())) {
            throw new InvalidInput("cursor", "does not name an entry of this workspace");
          }
          List<AuditEntry> rows =
              audit.list(scope.workspace(), query.filter(), query.after(), query.limit() + 1);
          if (rows.size() <= query.limit()) {
            return new Page(rows, Optional.empty());
          }
          List<AuditEntry> items = rows.subList(0, query.limit());
          return new Page(items, Optional.of(items.get(items.size() - 1).id()));
        });
  }

  @Override
  public List<AuditEntry> expenseHistory(Scope scope, ExpenseId expense) {
    return transactions.inTransaction(
        () -> {
          access.reader(scope.workspace(), scope.caller());
          // Deleted expenses keep their history; an id from elsewhere is not found.
          expenses.find(scope.workspace(), expense).orElseThrow(() -> new NotFound("Expense"));
          List<AuditEntry> newestFirst =
              new ArrayList<>(
                  audit.list(
                      scope.workspace(),
                      ActivityFilter.of(EntityType.EXPENSE, expense.value()),
                      Optional.empty(),
                      MAX_HISTORY));
          Collections.reverse(newestFirst);
          return newestFirst;
        });
  }
}
