package org.expensetracker.domain.history;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import org.expensetracker.domain.identity.UserId;
import org.expensetracker.domain.shared.InvalidInput;

/**
 * Which audit entries to list: every criterion optional; {@code from} and {@code to} are UTC days,
 * inclusive.
 */
public record ActivityFilter(
    Optional<EntityType> entity,
    Optional<UUID> entityId,
    Optional<UserId> actor,
    Optional<LocalDate> from,
    Optional<LocalDate> to) {

  public ActivityFilter {
    Objects.requireNonNull(entity, "entity");
    Objects.requireNonNull(entityId, "entityId");
    Objects.requireNonNull(actor, "actor");
    Objects.requireNonNull(from, "from");
    Objects.requireNonNull(to, "to");
    if (from.isPresent() && to.isPresent() && from.get().isAfter(to.get())) {
      throw new InvalidInput("from", "must not be after to");
    }
  }

  public static ActivityFilter all() {
    return new ActivityFilter(
        Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty());
  }

  /** The history of one entity. */
  public static ActivityFilter of(EntityType entity, UUID id) {
    return new ActivityFilter(
        Optional.of(entity), Optional.of(id), Optional.empty(), Optional.empty(), Optional.empty());
  }

  public boolean matches(AuditEntry e) {
    LocalDate day = LocalDate.ofInstant(e.at(), ZoneOffset.UTC);
    return entity.map(t -> t == e.entity()).orElse(true)
        && entityId.map(id -> id.equals(e.entityId())).orElse(true)
        && actor.map(a -> a.equals(e.actor())).orElse(true)
        && from.map(d -> !day.isBefore(d)).orElse(true)
        && to.map(d -> !day.isAfter(d)).orElse(true);
  }
}
