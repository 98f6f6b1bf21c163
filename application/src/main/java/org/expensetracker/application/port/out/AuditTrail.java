package org.expensetracker.application.port.out;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import org.expensetracker.domain.history.ActivityFilter;
import org.expensetracker.domain.history.AuditEntry;
import org.expensetracker.domain.history.EntityType;
import org.expensetracker.domain.history.FeedPosition;
import org.expensetracker.domain.workspace.WorkspaceId;

/**
 * Outgoing port: the append-only audit trail of every workspace. Entries are written in the
 * transaction of the change they describe, so a rolled-back change leaves none; nothing edits or
 * deletes them (deleting the workspace removes its trail with it).
 */
public interface AuditTrail {

  void record(AuditEntry entry);

  /**
   * At most {@code limit} entries matching the filter, newest first (the reverse of the order they
   * were written in), after the entry {@code after} names; empty when {@code after} is not in this
   * workspace.
   */
  List<AuditEntry> list(
      WorkspaceId workspace, ActivityFilter filter, Optional<UUID> after, int limit);

  /** Whether {@code id} names an entry of this workspace. */
  boolean contains(WorkspaceId workspace, UUID id);

  /**
   * The entities changed after {@code after}, in feed order, at most {@code limit}. The order and
   * positions are such that an entry committed later never gets a position before one already
   * handed out: a reader that continues from the last position never misses a change, even one
   * committed by a transaction that was still running when the previous page was read.
   */
  List<FeedItem> feed(WorkspaceId workspace, Optional<FeedPosition> after, int limit);

  /** One change in the feed: where it is and which entity it touched. */
  record FeedItem(FeedPosition position, EntityType entity, UUID entityId) {
    public FeedItem {
      Objects.requireNonNull(position, "position");
      Objects.requireNonNull(entity, "entity");
      Objects.requireNonNull(entityId, "entityId");
    }
  }
}
