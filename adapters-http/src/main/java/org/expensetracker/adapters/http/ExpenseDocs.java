package org.expensetracker.adapters.http;

import static org.expensetracker.adapters.http.Schemas.amount;
import static org.expensetracker.adapters.http.Schemas.amountInput;
import static org.expensetracker.adapters.http.Schemas.date;
import static org.expensetracker.adapters.http.Schemas.object;
import static org.expensetracker.adapters.http.Schemas.ref;
import static org.expensetracker.adapters.http.Schemas.string;
import static org.expensetracker.adapters.http.Schemas.uuid;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Arrays;
import org.expensetracker.application.port.in.ListExpensesUseCase;
import org.expensetracker.domain.expense.ExpenseDetails;
import org.expensetracker.domain.expense.ExpenseFilter;
import org.expensetracker.domain.expense.ExpenseSort;

/** OpenAPI description of {@link ExpenseRoutes}. */
final class ExpenseDocs {
  private static final String TAG = "Expenses";
  private static final String ONE = ExpenseRoutes.BASE + "/{expense_id}";

  private ExpenseDocs() {}

  static void describe(OpenApi api) {
    api.tag(TAG, "Expenses of a workspace: exact amounts, idempotent creation, optimistic locking");
    ObjectNode description = string(1, ExpenseDetails.MAX_DESCRIPTION);
    ObjectNode category = string(1, ExpenseDetails.MAX_CATEGORY);
    ObjectNode notes = string(0, ExpenseDetails.MAX_NOTES);
    api.schema(
        "Expense",
        ExchangeRateDocs.originalOutput(object())
            .required("id", uuid())
            .required("workspace_id", uuid())
            .required("amount", amount())
            .required("currency", string().put("pattern", "^[A-Z]{3}$"))
            .required("description", description)
            .required("category", category)
            .required("spent_at", date())
            .required(
                "paid_by",
                Schemas.nullable(
                    Schemas.described(uuid(), "The one payer; null when several paid")))
            .required("payers", Schemas.array(ref("MoneyLine")))
            .required("split", ref("Split"))
            .required(
                "parts",
                Schemas.described(
                    Schemas.array(ref("MoneyLine")),
                    "What each participant owes, computed exactly; adds up to amount"))
            .required("notes", Schemas.nullable(notes.deepCopy()))
            .required("created_by", uuid())
            .required("created_at", Schemas.dateTime())
            .required("updated_at", Schemas.dateTime())
            .required(
                "version",
                Schemas.described(Schemas.integer(1, Long.MAX_VALUE), "Also the ETag: \"3\""))
            .build());
    api.schema(
        "ExpensePage",
        object()
            .required("items", Schemas.array(ref("Expense")))
            .required(
                "next_cursor",
                Schemas.nullable(
                    Schemas.described(
                        string(), "Pass as cursor for the next page; null at the end")))
            .build());
    ObjectNode line =
        object()
            .required("total", amount())
            .required("count", Schemas.integer(0, Long.MAX_VALUE))
            .build();
    api.schema(
        "ExpenseSummary",
        object()
            .required("currency", string())
            .required("total", amount())
            .required("count", Schemas.integer(0, Long.MAX_VALUE))
            .required("by_category", Schemas.array(with(line, "category", category)))
            .required(
                "by_member",
                Schemas.array(with(with(line, "user_id", uuid()), "full_name", string())))
            .required(
                "by_month",
                Schemas.array(
                    with(
                        line,
                        "month",
                        string().put("pattern", "^[0-9]{4}-[0-9]{2}$").put("example", "2026-11"))))
            .required(
                "by_original_currency",
                Schemas.described(
                    Schemas.array(
                        with(
                            with(line, "original_currency", Schemas.currency()),
                            "original_total",
                            Schemas.described(
                                amount(), "The money as spent, in original_currency"))),
                    "Per currency spent in (the workspace currency for expenses recorded in it);"
                        + " total is what it came to in the workspace currency"))
            .build());
    ObjectNode ifMatch = string().put("example", "\"1\"");

    api.post(ExpenseRoutes.BASE, "createExpense")
        .summary(
            TAG,
            "Record an expense (member, admin, owner)",
            "paid_by (or payers) defaults to the caller; payers and split participants must be members.")
        .header(
            "Idempotency-Key",
            string(1, 255),
            "Makes a retry safe: the same key and body within 24 hours replay the first answer;"
                + " the same key with another body is 422")
        .body(
            ExchangeRateDocs.originalInput(
                    object()
                        .optional(
                            "amount",
                            Schemas.described(
                                amountInput(), "Required unless original_amount is given")))
                .required("description", description)
                .required("category", category)
                .required("spent_at", date())
                .optional("paid_by", uuid())
                .optional("payers", payers())
                .optional("split", ref("SplitInput"))
                .optional("notes", Schemas.nullable(notes.deepCopy()))
                .closed())
        .answers(201, "Recorded", ref("Expense"))
        .withHeader(201, "Location", "The new expense")
        .withHeader(201, "ETag", "The version, e.g. \"1\"")
        .withHeader(201, "Idempotent-Replayed", "true when this is a replay of an earlier answer")
        .problems(403, 409, 422);
    api.get(ExpenseRoutes.BASE, "listExpenses")
        .summary(TAG, "List expenses (keyset pages), or export them as CSV", null)
        .query("from", date(), "First day, inclusive")
        .query("to", date(), "Last day, inclusive")
        .query("category", category.deepCopy(), "Exact category")
        .query("paid_by", uuid(), "Paying member")
        .query("created_by", uuid(), "Recording member")
        .query("min_amount", string().put("example", "10"), "Smallest amount, inclusive")
        .query("max_amount", string().put("example", "100.00"), "Largest amount, inclusive")
        .query(
            "q",
            string(ExpenseFilter.MIN_TEXT, ExpenseFilter.MAX_TEXT),
            "Case-insensitive text in description and notes; % and _ are literal")
        .query(
            "sort",
            Schemas.enumOf(Arrays.stream(ExpenseSort.values()).map(ExpenseSort::wireName).toList())
                .put("default", ExpenseSort.SPENT_AT_DESC.wireName()),
            "Sort key; a leading - means descending")
        .query(
            "limit",
            Schemas.integer(1, ListExpensesUseCase.MAX_LIMIT)
                .put("default", ListExpensesUseCase.DEFAULT_LIMIT),
            "Page size")
        .query(
            "cursor", string(), "next_cursor of the previous page, with the same filters and sort")
        .query(
            "format",
            Schemas.enumOf("json", "csv").put("default", "json"),
            "csv streams every match")
        .query(
            "deleted",
            Schemas.bool().put("default", false),
            "true: the deleted expenses instead (admins all, members their own)")
        .answers(200, "A page of expenses", ref("ExpensePage"))
        .answers(200, "CSV export (format=csv)", "text/csv", string());
    api.get(ExpenseRoutes.BASE + "/summary", "summarizeExpenses")
        .summary(
            TAG, "Exact totals overall, by category, member, month and currency spent in", null)
        .query("from", date(), "First day, inclusive")
        .query("to", date(), "Last day, inclusive")
        .answers(200, "The totals", ref("ExpenseSummary"));
    api.get(ONE, "getExpense")
        .summary(TAG, "One expense", null)
        .header("If-None-Match", ifMatch.deepCopy(), "An ETag you have: 304 when still current")
        .answers(200, "The expense", ref("Expense"))
        .withHeader(200, "ETag", "The version, e.g. \"1\"")
        .answers(304, "Not modified");
    api.patch(ONE, "patchExpense")
        .summary(
            TAG,
            "Change some fields (JSON merge-patch)",
            "Absent fields stay; \"notes\": null clears the notes. Read-only fields are a 400.")
        .header("If-Match", ifMatch.deepCopy(), "The ETag you changed; 412 when stale")
        .body(
            java.util.Map.of(
                "application/merge-patch+json",
                patchBody(description, category, notes),
                "application/json",
                patchBody(description, category, notes)))
        .answers(200, "The expense after the change", ref("Expense"))
        .withHeader(200, "ETag", "The new version")
        .problems(403, 412);
    api.delete(ONE, "deleteExpense")
        .summary(
            TAG,
            "Delete an expense",
            "A soft delete: it leaves lists, summaries and balances, keeps its history and can be"
                + " restored")
        .header("If-Match", ifMatch.deepCopy(), "The ETag you deleted; 412 when stale")
        .answers(204, "Deleted")
        .problems(403, 412);
  }

  private static ObjectNode patchBody(
      ObjectNode description, ObjectNode category, ObjectNode notes) {
    return ExchangeRateDocs.originalInput(object().optional("amount", amountInput()))
        .optional("description", description.deepCopy())
        .optional("category", category.deepCopy())
        .optional("spent_at", date())
        .optional("paid_by", uuid())
        .optional("payers", payers())
        .optional("split", ref("SplitInput"))
        .optional("notes", Schemas.nullable(notes.deepCopy()))
        .closed();
  }

  private static ObjectNode payers() {
    return Schemas.described(
        Schemas.array(ref("PayerInput"))
            .put("minItems", 1)
            .put("maxItems", SharingRequests.MAX_PEOPLE),
        "Several payers whose amounts add up to the expense amount; not together with paid_by");
  }

  /** A copy of an object schema with one more required property. */
  private static ObjectNode with(ObjectNode schema, String name, ObjectNode property) {
    ObjectNode copy = schema.deepCopy();
    ((ObjectNode) copy.get("properties")).set(name, property);
    ((com.fasterxml.jackson.databind.node.ArrayNode) copy.get("required")).add(name);
    return copy;
  }
}
