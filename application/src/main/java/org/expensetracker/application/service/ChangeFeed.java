package org.expensetracker.application.service;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.expensetracker.application.port.in.ChangesUseCase;
import org.expensetracker.application.port.in.Scope;
import org.expensetracker.application.port.out.AuditTrail;
import org.expensetracker.application.port.out.AuditTrail.FeedItem;
import org.expensetracker.application.port.out.Expenses;
import org.expensetracker.application.port.out.Memberships;
import org.expensetracker.application.port.out.Settlements;
import org.expensetracker.application.port.out.Transactions;
import org.expensetracker.application.port.out.Workspaces;
import org.expensetracker.domain.balance.SettlementId;
import org.expensetracker.domain.expense.ExpenseId;
import org.expensetracker.domain.history.EntityType;
import org.expensetracker.domain.history.FeedPosition;
import org.expensetracker.domain.identity.UserId;
import org.expensetracker.domain.shared.NotFound;
import org.expensetracker.domain.workspace.Action;

/**
 * The change feed: the audit trail's feed positions, each turned into the entity's current state
 * (or a tombstone), read in one transaction so a page is one consistent picture.
 */
final class ChangeFeed implements ChangesUseCase {
  private final Transactions transactions;
  private final Memberships memberships;
  private final AuditTrail audit;
  private final Expenses expenses;
  private final Settlements settlements;
  private final Workspaces workspaces;

  ChangeFeed(
      Transactions transactions,
      Memberships memberships,
      AuditTrail audit,
      Expenses expenses,
      Settlements settlements,
      Workspaces workspaces) {
    this.transactions = transactions;
    this.memberships = memberships;
    this.audit = audit;
    this.expenses = expenses;
    this.settlements = settlements;
    this.workspaces = workspaces;
  }

  @Override
  public Page changes(Scope scope, Optional<FeedPosition> since, int limit) {
    return transactions.inTransaction(
        () -> {
          memberships
              .find(scope.workspace(), scope.caller())
              .orElseThrow(() -> new NotFound("Workspace"))
              .require(Action.VIEW_WORKSPACE);
          List<FeedItem> items = audit.feed(scope.workspace(), since, limit + 1);
          boolean more = items.size() > limit;
          List<FeedItem> page = more ? items.subList(0, limit) : items;
          // An entity changed twice in the page is sent once, at its last place, as it is now.
          Map<String, FeedItem> latest = new LinkedHashMap<>();
          for (FeedItem item : page) {
            String key = item.entity() + "/" + item.entityId();
            latest.remove(key);
            latest.put(key, item);
          }
          List<Change> changes = new ArrayList<>();
          for (FeedItem item : latest.values()) {
            changes.add(current(scope, item.entity(), item.entityId()));
          }
          Optional<FeedPosition> next =
              page.isEmpty() ? since : Optional.of(page.get(page.size() - 1).position());
          return new Page(changes, next, more);
        });
  }

  private Change current(Scope scope, EntityType type, UUID id) {
    Optional<Change> now =
        switch (type) {
          case EXPENSE ->
              expenses
                  .find(scope.workspace(), new ExpenseId(id))
                  .filter(e -> !e.isDeleted())
                  .map(ExpenseChanged::new);
          case SETTLEMENT ->
              settlements
                  .find(scope.workspace(), new SettlementId(id))
                  .filter(s -> !s.isDeleted())
                  .map(SettlementChanged::new);
          case MEMBER ->
              workspaces.member(scope.workspace(), new UserId(id)).map(MemberChanged::new);
          case WORKSPACE ->
              workspaces.view(scope.workspace(), scope.caller()).map(WorkspaceChanged::new);
        };
    return now.orElseGet(() -> new Removed(type, id));
  }
}
