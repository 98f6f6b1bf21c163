package org.expensetracker.adapters.http;

import io.javalin.Javalin;
import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.expensetracker.application.ExpenseTracker;
import org.expensetracker.application.port.in.IdempotencyUseCase;
import org.expensetracker.application.port.in.ListSettlementsUseCase;
import org.expensetracker.application.port.in.OriginalAmount;
import org.expensetracker.application.port.in.RecordSettlementUseCase;
import org.expensetracker.application.port.in.Scope;
import org.expensetracker.domain.balance.Settlement;
import org.expensetracker.domain.balance.SettlementId;
import org.expensetracker.domain.identity.UserId;
import org.expensetracker.domain.shared.NotFound;
import org.expensetracker.domain.shared.Validation;

/**
 * Who owes whom under {@code /api/v1/workspaces/{workspace_id}}: balances, settle-up suggestions,
 * and the settlements members record (create with Idempotency-Key, list, read, delete).
 */
final class SharedExpenseRoutes {
  static final String BASE = "/api/v1/workspaces/{workspace_id}";
  static final Set<String> SETTLEMENT_FIELDS =
      Set.of(
          "from_user_id",
          "to_user_id",
          "amount",
          "note",
          "settled_at",
          "original_amount",
          "original_currency",
          "exchange_rate");
  private static final Set<String> SETTLEMENT_READ_ONLY =
      Set.of(
          "id",
          "workspace_id",
          "currency",
          "recorded_by",
          "created_at",
          "rate_source",
          "rate_date");

  private final ExpenseTracker core;
  private final Caller caller;
  private final JsonBody bodies;
  private final IdempotentCreates creates;

  SharedExpenseRoutes(
      ExpenseTracker core, Caller caller, JsonBody bodies, IdempotentCreates creates) {
    this.core = core;
    this.caller = caller;
    this.bodies = bodies;
    this.creates = creates;
  }

  void register(Javalin app) {
    app.get(BASE + "/balances", this::balances);
    app.get(BASE + "/settle-up", this::settleUp);
    app.post(BASE + "/settlements", this::record);
    app.get(BASE + "/settlements", this::list);
    app.get(BASE + "/settlements/{settlement_id}", this::get);
    app.delete(BASE + "/settlements/{settlement_id}", this::delete);
  }

  private Scope scope(Context ctx) {
    return new Scope(PathIds.workspace(ctx), caller.of(ctx));
  }

  private void balances(Context ctx) {
    Scope scope = scope(ctx);
    QueryParams.of(ctx, Set.of()).done();
    ctx.json(SharedExpenseJson.BalancesResponse.of(core.balances().balances(scope)));
  }

  private void settleUp(Context ctx) {
    Scope scope = scope(ctx);
    QueryParams params = QueryParams.of(ctx, Set.of("simplify"));
    boolean simplify = params.bool("simplify", true);
    params.done();
    ctx.json(SharedExpenseJson.SettleUpResponse.of(core.settleUp().settleUp(scope, simplify)));
  }

  private void record(Context ctx) {
    Scope scope = scope(ctx);
    JsonFields body = bodies.read(ctx, JsonFields.class);
    RecordSettlementUseCase.Command command = command(scope, body);
    creates.respond(
        ctx,
        scope,
        IdempotencyUseCase.Creates.SETTLEMENT,
        body,
        () -> {
          Settlement s = core.recordSettlement().record(command);
          return creates.created(SharedExpenseJson.SettlementResponse.of(s), location(s), null);
        });
  }

  private static RecordSettlementUseCase.Command command(Scope scope, JsonFields body) {
    Validation validation = new Validation();
    body.rejectOthers(SETTLEMENT_FIELDS, SETTLEMENT_READ_ONLY, validation);
    Optional<UserId> from = body.uuid("from_user_id", validation).map(UserId::new);
    Optional<UserId> to = body.uuid("to_user_id", validation).map(UserId::new);
    Optional<BigDecimal> amount = body.decimal("amount", validation);
    Optional<String> note = body.text("note", validation);
    Optional<LocalDate> settledAt = body.date("settled_at", validation);
    Optional<OriginalAmount> original = OriginalAmounts.read(body, validation);
    List<String> requiredFields =
        original.isEmpty()
            ? List.of("from_user_id", "to_user_id", "amount")
            : List.of("from_user_id", "to_user_id");
    for (String required : requiredFields) {
      if (!body.containsKey(required) || body.isNull(required)) {
        validation.add(required, "is required");
      }
    }
    validation.throwIfInvalid();
    return new RecordSettlementUseCase.Command(
        scope,
        from.orElseThrow(),
        to.orElseThrow(),
        amount.orElse(null),
        note.orElse(null),
        settledAt,
        original);
  }

  private void list(Context ctx) {
    Scope scope = scope(ctx);
    QueryParams params = QueryParams.of(ctx, Set.of("limit", "cursor"));
    int limit =
        params.limit(ListSettlementsUseCase.DEFAULT_LIMIT, ListSettlementsUseCase.Query.MAX_LIMIT);
    Optional<SettlementId> after = params.uuid("cursor").map(SettlementId::new);
    params.done();
    ListSettlementsUseCase.Page page =
        core.listSettlements().list(new ListSettlementsUseCase.Query(scope, after, limit));
    ctx.json(
        new SharedExpenseJson.SettlementPage(
            page.items().stream().map(SharedExpenseJson.SettlementResponse::of).toList(),
            page.next().map(SettlementId::toString).orElse(null)));
  }

  private void get(Context ctx) {
    Scope scope = scope(ctx);
    ctx.json(SharedExpenseJson.SettlementResponse.of(core.listSettlements().get(scope, id(ctx))));
  }

  private void delete(Context ctx) {
    Scope scope = scope(ctx);
    core.deleteSettlement().delete(scope, id(ctx));
    ctx.status(HttpStatus.NO_CONTENT);
  }

  private static SettlementId id(Context ctx) {
    return new SettlementId(
        PathIds.uuid(ctx, "settlement_id").orElseThrow(() -> new NotFound("Settlement")));
  }

  private static String location(Settlement s) {
    return "/api/v1/workspaces/" + s.workspace() + "/settlements/" + s.id();
  }
}
