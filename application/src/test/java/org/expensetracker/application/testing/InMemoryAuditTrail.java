package org.expensetracker.application.testing;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.expensetracker.application.port.out.AuditTrail;
import org.expensetracker.domain.history.ActivityFilter;
import org.expensetracker.domain.history.AuditEntry;
import org.expensetracker.domain.history.FeedPosition;
import org.expensetracker.domain.workspace.WorkspaceId;

/**
 * In-memory {@link AuditTrail}. Under {@link InMemoryTransactions} use cases run one at a time, so
 * the order entries are recorded in is their commit order and serves as the feed's position.
 */
public final class InMemoryAuditTrail implements AuditTrail {
  private final List<AuditEntry> entries = new ArrayList<>();

  @Override
  public synchronized void record(AuditEntry entry) {
    if (entries.stream().anyMatch(e -> e.id().equals(entry.id()))) {
      throw new IllegalStateException("Duplicate audit entry id " + entry.id());
    }
    entries.add(entry);
  }

  @Override
  public synchronized List<AuditEntry> list(
      WorkspaceId workspace, ActivityFilter filter, Optional<UUID> after, int limit) {
    List<AuditEntry> newestFirst = new ArrayList<>(inWorkspace(workspace));
    Collections.reverse(newestFirst);
    int start = 0;
    if (after.isPresent()) {
      start = -1;
      for (int i = 0; i < newestFirst.size(); i++) {
        if (newestFirst.get(i).id().equals(after.get())) {
          start = i + 1;
        }
      }
      if (start < 0) {
        return List.of();
      }
    }
    return newestFirst.subList(start, newestFirst.size()).stream()
        .filter(filter::matches)
        .limit(limit)
        .toList();
  }

  @Override
  public synchronized boolean contains(WorkspaceId workspace, UUID id) {
    return inWorkspace(workspace).stream().anyMatch(e -> e.id().equals(id));
  }

  @Override
  public synchronized List<FeedItem> feed(
      WorkspaceId workspace, Optional<FeedPosition> after, int limit) {
    List<FeedItem> items = new ArrayList<>();
    for (int i = 0; i < entries.size() && items.size() < limit; i++) {
      AuditEntry e = entries.get(i);
      long sequence = i + 1;
      if (e.workspace().equals(workspace) && after.map(a -> sequence > a.sequence()).orElse(true)) {
        items.add(new FeedItem(new FeedPosition(0, sequence), e.entity(), e.entityId()));
      }
    }
    return items;
  }

  /** Every entry of the workspace, in the order recorded (for assertions). */
  public synchronized List<AuditEntry> inWorkspace(WorkspaceId workspace) {
    return entries.stream().filter(e -> e.workspace().equals(workspace)).toList();
  }
}
