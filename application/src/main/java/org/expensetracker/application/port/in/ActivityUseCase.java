package org.expensetracker.application.port.in;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import org.expensetracker.domain.expense.ExpenseId;
import org.expensetracker.domain.history.ActivityFilter;
import org.expensetracker.domain.history.AuditEntry;

/** Incoming port: read a workspace's audit trail (any member, viewers too). */
public interface ActivityUseCase {
  int DEFAULT_LIMIT = 50;
  int MAX_LIMIT = 200;

  /** Newest first, one page. */
  Page activity(Query query);

  /** Every entry about one expense, oldest first (deleted expenses keep theirs). */
  List<AuditEntry> expenseHistory(Scope scope, ExpenseId expense);

  /** A page request; {@code after} is the last entry of the previous page. */
  record Query(Scope scope, ActivityFilter filter, Optional<UUID> after, int limit) {
    public Query {
      Objects.requireNonNull(scope, "scope");
      Objects.requireNonNull(filter, "filter");
      Objects.requireNonNull(after, "after");
      if (limit < 1 || limit > MAX_LIMIT) {
        throw new IllegalArgumentException("limit must be between 1 and " + MAX_LIMIT);
      }
    }
  }

  /** One page; {@code next} is the last entry's id when more follow. */
  record Page(List<AuditEntry> items, Optional<UUID> next) {
    public Page {
      items = List.copyOf(items);
      Objects.requireNonNull(next, "next");
    }
  }
}
