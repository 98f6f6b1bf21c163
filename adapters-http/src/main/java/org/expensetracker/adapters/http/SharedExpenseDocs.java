package org.expensetracker.adapters.http;

import static org.expensetracker.adapters.http.Schemas.amount;
import static org.expensetracker.adapters.http.Schemas.amountInput;
import static org.expensetracker.adapters.http.Schemas.object;
import static org.expensetracker.adapters.http.Schemas.ref;
import static org.expensetracker.adapters.http.Schemas.string;
import static org.expensetracker.adapters.http.Schemas.uuid;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Arrays;
import org.expensetracker.application.port.in.ListSettlementsUseCase;
import org.expensetracker.domain.expense.SplitMode;

/**
 * OpenAPI description of {@link SharedExpenseRoutes} (balances, settle-up, settlements) and of the
 * payers and split schemas that {@link ExpenseDocs} uses for expenses.
 */
final class SharedExpenseDocs {
  private static final String TAG = "Balances and settlements";
  private static final String SETTLEMENTS = SharedExpenseRoutes.BASE + "/settlements";

  private SharedExpenseDocs() {}

  /** Payer and split schemas, for requests ({@code *Input}) and responses. */
  static void describeSharing(OpenApi api) {
    api.schema(
        "SplitMode",
        Schemas.enumOf(Arrays.stream(SplitMode.values()).map(SplitMode::wireName).toList()));
    api.schema(
        "MoneyLine",
        object()
            .description("An amount for one person: what they paid, or the part they owe")
            .required("user_id", uuid())
            .required("amount", amount())
            .build());
    api.schema(
        "PayerInput",
        object().required("user_id", uuid()).required("amount", amountInput()).closed());
    ObjectNode percent =
        Schemas.described(
            string().put("pattern", "^[0-9]{1,3}(\\.[0-9]{1,2})?$").put("example", "33.33"),
            "Percent split: up to 2 decimals; the shares add up to exactly 100");
    ObjectNode weight =
        Schemas.described(
            Schemas.integer(1, Integer.MAX_VALUE), "Shares split: a whole-number weight");
    api.schema(
        "Share",
        object()
            .required("user_id", uuid())
            .optional("amount", Schemas.described(amount(), "Exact split: this person's amount"))
            .optional("percent", percent.deepCopy())
            .optional("weight", weight.deepCopy())
            .build());
    ObjectNode percentInput = oneOfWith(percent.deepCopy(), "number");
    ObjectNode weightInput = oneOfWith(weight.deepCopy(), "string");
    api.schema(
        "ShareInput",
        object()
            .description(
                "user_id, plus the mode's value: amount (exact), percent (percent), weight (shares);"
                    + " nothing else for equal")
            .required("user_id", uuid())
            .optional("amount", amountInput())
            .optional("percent", percentInput)
            .optional("weight", weightInput)
            .closed());
    api.schema(
        "Split",
        object()
            .required("mode", ref("SplitMode"))
            .required("shares", Schemas.array(ref("Share")))
            .build());
    api.schema(
        "SplitInput",
        object()
            .description(
                "How the amount is divided; an equal split without shares means every current member"
                    + " who may record expenses. Absent: an equal split among those members.")
            .optional("mode", ref("SplitMode"))
            .optional(
                "shares",
                Schemas.array(ref("ShareInput")).put("maxItems", SharingRequests.MAX_PEOPLE))
            .closed());
  }

  /** A oneOf of the given schema and a plain JSON value of another type (both are read). */
  private static ObjectNode oneOfWith(ObjectNode schema, String otherType) {
    ObjectNode either = Schemas.NODES.objectNode();
    either.putArray("oneOf").add(schema).add(Schemas.NODES.objectNode().put("type", otherType));
    return either;
  }

  static void describe(OpenApi api) {
    api.tag(TAG, "Who owes whom, the transfers that settle it, and the settlements members record");
    api.schema(
        "Balance",
        object()
            .description("Positive net is owed to the member, negative is owed by them")
            .required("user_id", uuid())
            .required("full_name", string())
            .required("paid", amount())
            .required("owed", amount())
            .required("net", amount())
            .build());
    api.schema(
        "Balances",
        object()
            .description("Every member's standing; the nets add up to exactly zero")
            .required("currency", string())
            .required("items", Schemas.array(ref("Balance")))
            .build());
    api.schema(
        "Transfer",
        object()
            .required("from_user_id", uuid())
            .required("to_user_id", uuid())
            .required("amount", amount())
            .build());
    api.schema(
        "SettleUp",
        object()
            .required("currency", string())
            .required("simplified", Schemas.bool())
            .required("transfers", Schemas.array(ref("Transfer")))
            .build());
    api.schema(
        "Settlement",
        ExchangeRateDocs.originalOutput(object())
            .required("id", uuid())
            .required("workspace_id", uuid())
            .required("from_user_id", uuid())
            .required("to_user_id", uuid())
            .required("amount", amount())
            .required("currency", string())
            .required("note", Schemas.nullable(string()))
            .required("settled_at", Schemas.date())
            .required("recorded_by", uuid())
            .required("created_at", Schemas.dateTime())
            .build());
    api.schema(
        "SettlementPage",
        object()
            .required("items", Schemas.array(ref("Settlement")))
            .required("next_cursor", Schemas.nullable(string()))
            .build());

    api.get(SharedExpenseRoutes.BASE + "/balances", "balances")
        .summary(TAG, "What each member paid, owes and nets, settlements included", null)
        .answers(200, "The balances", ref("Balances"))
        .problems(400);
    api.get(SharedExpenseRoutes.BASE + "/settle-up", "settleUp")
        .summary(TAG, "The transfers that would settle everyone", null)
        .query(
            "simplify",
            Schemas.bool().put("default", true),
            "true: the fewest transfers; false: each debtor pays the people they owe")
        .answers(200, "The transfers", ref("SettleUp"));
    api.post(SETTLEMENTS, "recordSettlement")
        .summary(TAG, "Record a payment between two members", null)
        .header("Idempotency-Key", string(1, 255), "Makes a retry safe, as for expenses")
        .body(
            ExchangeRateDocs.originalInput(
                    object()
                        .required("from_user_id", uuid())
                        .required("to_user_id", uuid())
                        .optional(
                            "amount",
                            Schemas.described(
                                amountInput(), "Required unless original_amount is given")))
                .optional("note", Schemas.nullable(string()))
                .optional("settled_at", Schemas.date())
                .closed())
        .answers(201, "Recorded", ref("Settlement"))
        .withHeader(201, "Location", "The new settlement")
        .problems(403, 409, 422);
    api.get(SETTLEMENTS, "listSettlements")
        .summary(TAG, "Recorded settlements, in pages", null)
        .query(
            "limit",
            Schemas.integer(1, ListSettlementsUseCase.Query.MAX_LIMIT)
                .put("default", ListSettlementsUseCase.DEFAULT_LIMIT),
            "Page size")
        .query("cursor", uuid(), "next_cursor of the previous page")
        .answers(200, "A page of settlements", ref("SettlementPage"));
    api.get(SETTLEMENTS + "/{settlement_id}", "getSettlement")
        .summary(TAG, "One settlement", null)
        .answers(200, "The settlement", ref("Settlement"));
    api.delete(SETTLEMENTS + "/{settlement_id}", "deleteSettlement")
        .summary(TAG, "Delete a settlement", null)
        .answers(204, "Deleted")
        .problems(403);
  }
}
