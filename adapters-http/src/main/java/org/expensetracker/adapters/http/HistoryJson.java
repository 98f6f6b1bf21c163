package org.expensetracker.adapters.http;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.expensetracker.application.port.in.ChangesUseCase;
import org.expensetracker.domain.history.AuditEntry;

/** The JSON shapes of the audit trail and the change feed. */
final class HistoryJson {
  private HistoryJson() {}

  /** One audit entry; {@code changes} lists each field's value before and after. */
  record EntryResponse(
      UUID id,
      UUID workspaceId,
      UUID actorId,
      String action,
      String entity,
      UUID entityId,
      Instant at,
      List<ChangeLine> changes) {
    static EntryResponse of(AuditEntry e) {
      return new EntryResponse(
          e.id(),
          e.workspace().value(),
          e.actor().value(),
          e.action().wireName(),
          e.entity().wireName(),
          e.entityId(),
          e.at(),
          e.changes().stream().map(c -> new ChangeLine(c.field(), c.from(), c.to())).toList());
    }
  }

  /** One field: its value before and after (null where there was or is none). */
  record ChangeLine(String field, String from, String to) {}

  /** An expense's history, oldest first. */
  record EntryList(List<EntryResponse> items) {}

  /** A page of activity, newest first. */
  record ActivityPage(List<EntryResponse> items, String nextCursor) {}

  /**
   * One changed entity: its type, id and current state ({@code data}, shaped as the entity's own
   * endpoint answers), or {@code deleted: true} with no data when it is gone.
   */
  record ChangeResponse(String type, UUID id, boolean deleted, Object data) {
    static ChangeResponse of(ChangesUseCase.Change change) {
      Object data = null;
      if (change instanceof ChangesUseCase.ExpenseChanged e) {
        data = ExpenseJson.ExpenseResponse.of(e.expense());
      } else if (change instanceof ChangesUseCase.SettlementChanged s) {
        data = SharedExpenseJson.SettlementResponse.of(s.settlement());
      } else if (change instanceof ChangesUseCase.MemberChanged m) {
        data = WorkspaceRoutes.MemberResponse.of(m.member());
      } else if (change instanceof ChangesUseCase.WorkspaceChanged w) {
        data = WorkspaceRoutes.WorkspaceResponse.of(w.workspace());
      }
      return new ChangeResponse(change.type().wireName(), change.id(), data == null, data);
    }
  }

  /**
   * A page of changes; {@code next} is the token for the next call (also when nothing changed),
   * {@code has_more} says whether to call again at once.
   */
  record ChangesPage(List<ChangeResponse> changes, String next, boolean hasMore) {}
}
