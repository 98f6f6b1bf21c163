package org.expensetracker.application.testing;

import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.expensetracker.application.port.out.Settlements;
import org.expensetracker.domain.balance.Settlement;
import org.expensetracker.domain.balance.SettlementId;
import org.expensetracker.domain.balance.Transfer;
import org.expensetracker.domain.workspace.WorkspaceId;

/** In-memory {@link Settlements}, in the same order as the SQL. */
public final class InMemorySettlements implements Settlements {
  /** Newest first: settled_at, created_at, then id (as PostgreSQL orders uuids), descending. */
  static final Comparator<Settlement> NEWEST_FIRST =
      Comparator.comparing(Settlement::settledAt)
          .thenComparing(Settlement::createdAt)
          .thenComparing(s -> s.id().value().toString())
          .reversed();

  private final Map<SettlementId, Settlement> rows = new ConcurrentHashMap<>();

  @Override
  public void add(Settlement settlement) {
    if (rows.putIfAbsent(settlement.id(), settlement) != null) {
      throw new IllegalStateException("Duplicate settlement id " + settlement.id());
    }
  }

  @Override
  public Optional<Settlement> find(WorkspaceId workspace, SettlementId id) {
    return Optional.ofNullable(rows.get(id)).filter(s -> s.workspace().equals(workspace));
  }

  @Override
  public boolean markDeleted(Settlement deleted) {
    return find(deleted.workspace(), deleted.id())
        .filter(s -> !s.isDeleted())
        .map(s -> rows.replace(deleted.id(), s, deleted))
        .orElse(false);
  }

  @Override
  public List<Settlement> list(WorkspaceId workspace, Optional<SettlementId> after, int limit) {
    Optional<Settlement> start = after.flatMap(id -> find(workspace, id));
    if (after.isPresent() && start.isEmpty()) {
      return List.of();
    }
    return inWorkspace(workspace).stream()
        .sorted(NEWEST_FIRST)
        .filter(s -> start.map(first -> NEWEST_FIRST.compare(s, first) > 0).orElse(true))
        .limit(limit)
        .toList();
  }

  @Override
  public List<Transfer> transfers(WorkspaceId workspace) {
    return inWorkspace(workspace).stream().map(Settlement::transfer).toList();
  }

  /** Every live settlement of the workspace (for the in-memory ledger). */
  public List<Settlement> inWorkspace(WorkspaceId workspace) {
    return rows.values().stream()
        .filter(s -> s.workspace().equals(workspace) && !s.isDeleted())
        .toList();
  }
}
