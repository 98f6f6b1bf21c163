package org.expensetracker.application.port.in;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.expensetracker.domain.balance.Settlement;
import org.expensetracker.domain.balance.SettlementId;

/** Incoming port: read the settlements of a workspace, one or a page at a time (any member). */
public interface ListSettlementsUseCase {
  int DEFAULT_LIMIT = 100;

  Settlement get(Scope scope, SettlementId id);

  /** Newest first; {@code next} names the last item when more follow. */
  Page list(Query query);

  /** A page request: continue after {@code after}, at most {@code limit} (1 to 500) items. */
  record Query(Scope scope, Optional<SettlementId> after, int limit) {
    public static final int MAX_LIMIT = 500;

    public Query {
      Objects.requireNonNull(scope, "scope");
      Objects.requireNonNull(after, "after");
      if (limit < 1 || limit > MAX_LIMIT) {
        throw new IllegalArgumentException("limit must be between 1 and " + MAX_LIMIT);
      }
    }
  }

  /** One page of settlements. */
  record Page(List<Settlement> items, Optional<SettlementId> next) {
    public Page {
      items = List.copyOf(items);
      Objects.requireNonNull(next, "next");
    }
  }
}
