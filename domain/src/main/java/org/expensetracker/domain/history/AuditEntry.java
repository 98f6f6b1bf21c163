package org.expensetracker.domain.history;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Objects;
import java.util.UUID;
import org.expensetracker.domain.identity.UserId;
import org.expensetracker.domain.workspace.WorkspaceId;

/**
 * One entry of a workspace's audit trail: who did what to which entity, when, and each field's
 * value before and after. Written in the same transaction as the change, never changed after.
 */
public record AuditEntry(
    UUID id,
    WorkspaceId workspace,
    UserId actor,
    AuditAction action,
    EntityType entity,
    UUID entityId,
    Instant at,
    List<FieldChange> changes) {

  public AuditEntry {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(workspace, "workspace");
    Objects.requireNonNull(actor, "actor");
    Objects.requireNonNull(action, "action");
    Objects.requireNonNull(entity, "entity");
    Objects.requireNonNull(entityId, "entityId");
    at = Objects.requireNonNull(at, "at").truncatedTo(ChronoUnit.MICROS);
    changes = List.copyOf(changes);
  }
}
