package org.expensetracker.adapters.http;

import static org.expensetracker.adapters.http.Schemas.object;
import static org.expensetracker.adapters.http.Schemas.ref;
import static org.expensetracker.adapters.http.Schemas.string;
import static org.expensetracker.adapters.http.Schemas.uuid;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Arrays;
import org.expensetracker.application.port.in.ActivityUseCase;
import org.expensetracker.application.port.in.ChangesUseCase;
import org.expensetracker.domain.history.AuditAction;
import org.expensetracker.domain.history.EntityType;

/**
 * OpenAPI description of the history routes: activity, an expense's history and restore, and the
 * change feed.
 */
final class HistoryDocs {
  private static final String TAG = "History";

  private HistoryDocs() {}

  static void describe(OpenApi api) {
    api.tag(TAG, "Who changed what (audit trail), restoring deleted expenses, and the change feed");
    ObjectNode entityType =
        Schemas.enumOf(Arrays.stream(EntityType.values()).map(EntityType::wireName).toList());
    api.schema("EntityType", entityType.deepCopy());
    api.schema(
        "AuditAction",
        Schemas.enumOf(Arrays.stream(AuditAction.values()).map(AuditAction::wireName).toList()));
    api.schema(
        "FieldChangeLine",
        object()
            .description("One field before and after; amounts as exact strings")
            .required("field", string())
            .required("from", Schemas.nullable(string()))
            .required("to", Schemas.nullable(string()))
            .build());
    api.schema(
        "AuditEntry",
        object()
            .required("id", uuid())
            .required("workspace_id", uuid())
            .required("actor_id", uuid())
            .required("action", ref("AuditAction"))
            .required("entity", ref("EntityType"))
            .required("entity_id", uuid())
            .required("at", Schemas.dateTime())
            .required("changes", Schemas.array(ref("FieldChangeLine")))
            .build());
    api.schema(
        "ActivityPage",
        object()
            .required("items", Schemas.array(ref("AuditEntry")))
            .required("next_cursor", Schemas.nullable(string()))
            .build());
    api.schema(
        "AuditEntryList", object().required("items", Schemas.array(ref("AuditEntry"))).build());
    ObjectNode data =
        Schemas.NODES
            .objectNode()
            .put("type", "object")
            .put("nullable", true)
            .put("description", "The entity as its own endpoint answers; null for a tombstone");
    data.putArray("oneOf")
        .add(ref("Expense"))
        .add(ref("Settlement"))
        .add(ref("Member"))
        .add(ref("Workspace"));
    api.schema(
        "Change",
        object()
            .description("An entity as it is now, or a tombstone (deleted: true, data: null)")
            .required("type", ref("EntityType"))
            .required("id", uuid())
            .required("deleted", Schemas.bool())
            .required("data", data)
            .build());
    api.schema(
        "ChangesPage",
        object()
            .required("changes", Schemas.array(ref("Change")))
            .required(
                "next",
                Schemas.described(
                    Schemas.nullable(string()),
                    "Pass as since next time (null only when nothing ever changed)"))
            .required("has_more", Schemas.bool())
            .build());

    api.get(HistoryRoutes.BASE + "/activity", "listActivity")
        .summary(
            TAG,
            "The audit trail, newest first",
            "Any member, viewers too. Entries are never edited.")
        .query("entity", entityType.deepCopy(), "Only this kind of entity")
        .query("entity_id", uuid(), "Only this entity")
        .query("actor", uuid(), "Only changes by this user")
        .query("from", Schemas.date(), "First day (UTC), inclusive")
        .query("to", Schemas.date(), "Last day (UTC), inclusive")
        .query(
            "limit",
            Schemas.integer(1, ActivityUseCase.MAX_LIMIT)
                .put("default", ActivityUseCase.DEFAULT_LIMIT),
            "Page size")
        .query("cursor", uuid(), "next_cursor of the previous page")
        .answers(200, "A page of entries", ref("ActivityPage"));
    api.get(HistoryRoutes.BASE + "/changes", "listChanges")
        .summary(
            TAG,
            "What changed since a token, for syncing clients",
            "Each changed entity once per page, as it is now, or a tombstone. Start without since;"
                + " then pass next. Applying every page in order gives the server's state; a change"
                + " committed by a concurrent transaction is never skipped.")
        .query("since", string(), "The next token of the previous call")
        .query(
            "limit",
            Schemas.integer(1, ChangesUseCase.MAX_LIMIT)
                .put("default", ChangesUseCase.DEFAULT_LIMIT),
            "Changes per page")
        .answers(200, "A page of changes", ref("ChangesPage"));
    api.get(ExpenseRoutes.BASE + "/{expense_id}/history", "expenseHistory")
        .summary(TAG, "Every change of one expense, oldest first (deleted ones too)", null)
        .answers(200, "The entries", ref("AuditEntryList"));
    api.post(ExpenseRoutes.BASE + "/{expense_id}/restore", "restoreExpense")
        .summary(TAG, "Bring back a deleted expense (same id, next version)", null)
        .answers(200, "The restored expense", ref("Expense"))
        .withHeader(200, "ETag", "The new version")
        .problems(403, 409);
  }
}
