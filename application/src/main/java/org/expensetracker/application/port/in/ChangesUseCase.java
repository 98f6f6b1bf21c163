package org.expensetracker.application.port.in;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import org.expensetracker.domain.balance.Settlement;
import org.expensetracker.domain.expense.Expense;
import org.expensetracker.domain.history.EntityType;
import org.expensetracker.domain.history.FeedPosition;

/**
 * Incoming port: what changed in a workspace since a position, for clients that keep a copy. Each
 * change carries the entity's current state, or a tombstone when it is gone (deleted expense or
 * settlement, removed member), so a client that applies every page in order ends with the server's
 * state. Any member may read it.
 */
public interface ChangesUseCase {
  int DEFAULT_LIMIT = 100;
  int MAX_LIMIT = 500;

  Page changes(Scope scope, Optional<FeedPosition> since, int limit);

  /** One page; {@code next} is where to continue (the same position when nothing changed). */
  record Page(List<Change> changes, Optional<FeedPosition> next, boolean more) {
    public Page {
      changes = List.copyOf(changes);
      Objects.requireNonNull(next, "next");
    }
  }

  /** One changed entity, as it is now. */
  sealed interface Change {
    EntityType type();

    UUID id();
  }

  /** An expense as it is now. */
  record ExpenseChanged(Expense expense) implements Change {
    public EntityType type() {
      return EntityType.EXPENSE;
    }

    public UUID id() {
      return expense.id().value();
    }
  }

  /** A settlement as it is now. */
  record SettlementChanged(Settlement settlement) implements Change {
    public EntityType type() {
      return EntityType.SETTLEMENT;
    }

    public UUID id() {
      return settlement.id().value();
    }
  }

  /** A member as the others see them now. */
  record MemberChanged(MemberView member) implements Change {
    public EntityType type() {
      return EntityType.MEMBER;
    }

    public UUID id() {
      return member.userId().value();
    }
  }

  /** The workspace as the caller sees it now. */
  record WorkspaceChanged(WorkspaceView workspace) implements Change {
    public EntityType type() {
      return EntityType.WORKSPACE;
    }

    public UUID id() {
      return workspace.id().value();
    }
  }

  /** The entity is gone (deleted, or no longer a member). */
  record Removed(EntityType type, UUID id) implements Change {}
}
