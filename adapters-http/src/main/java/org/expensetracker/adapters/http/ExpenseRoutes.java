package org.expensetracker.adapters.http;

import io.javalin.Javalin;
import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import java.io.BufferedWriter;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.expensetracker.application.ExpenseTracker;
import org.expensetracker.application.port.in.CreateExpenseUseCase.CreateExpense;
import org.expensetracker.application.port.in.DeleteExpenseUseCase.DeleteExpense;
import org.expensetracker.application.port.in.GetExpenseUseCase.GetExpense;
import org.expensetracker.application.port.in.IdempotencyUseCase;
import org.expensetracker.application.port.in.ListExpensesUseCase;
import org.expensetracker.application.port.in.ListExpensesUseCase.ListExpenses;
import org.expensetracker.application.port.in.PatchExpenseUseCase.PatchExpense;
import org.expensetracker.application.port.in.Scope;
import org.expensetracker.application.port.in.SummarizeExpensesUseCase.SummarizeExpenses;
import org.expensetracker.domain.expense.Expense;
import org.expensetracker.domain.expense.ExpenseId;
import org.expensetracker.domain.expense.ExpensePatch;
import org.expensetracker.domain.expense.ExpensePosition;
import org.expensetracker.domain.identity.UserId;
import org.expensetracker.domain.shared.NotFound;
import org.expensetracker.domain.workspace.WorkspaceId;

/**
 * The expense endpoints under {@code /api/v1/workspaces/{workspace_id}/expenses}: create (with
 * Idempotency-Key), read (ETag), merge-patch (If-Match), delete, keyset-paged and CSV lists, and
 * the summary.
 */
final class ExpenseRoutes {
  static final String BASE = "/api/v1/workspaces/{workspace_id}/expenses";
  private static final Pattern ETAG = Pattern.compile("\"([1-9][0-9]{0,18})\"");

  private final ExpenseTracker core;
  private final Caller caller;
  private final JsonBody bodies;
  private final IdempotentCreates creates;
  private final ExpenseCursors cursors;
  private final JsonBytes pages;

  ExpenseRoutes(
      ExpenseTracker core,
      Caller caller,
      JsonBody bodies,
      IdempotentCreates creates,
      ExpenseCursors cursors,
      JsonBytes pages) {
    this.core = core;
    this.caller = caller;
    this.bodies = bodies;
    this.creates = creates;
    this.cursors = cursors;
    this.pages = pages;
  }

  void register(Javalin app) {
    app.post(BASE, this::create);
    app.get(BASE, this::list);
    // Before {expense_id}, which would otherwise take "summary" as an id.
    app.get(BASE + "/summary", this::summary);
    app.get(BASE + "/{expense_id}", this::get);
    app.patch(BASE + "/{expense_id}", this::patch);
    app.delete(BASE + "/{expense_id}", this::delete);
    app.post(BASE + "/{expense_id}/restore", this::restore);
    app.get(BASE + "/{expense_id}/history", this::history);
  }

  private void restore(Context ctx) {
    Scope scope = new Scope(PathIds.workspace(ctx), caller.of(ctx));
    Expense e = core.restoreExpense().restore(scope, expenseId(ctx));
    ctx.header("ETag", etag(e));
    ctx.json(ExpenseJson.ExpenseResponse.of(e));
  }

  private void history(Context ctx) {
    Scope scope = new Scope(PathIds.workspace(ctx), caller.of(ctx));
    ctx.json(
        new HistoryJson.EntryList(
            core.activity().expenseHistory(scope, expenseId(ctx)).stream()
                .map(HistoryJson.EntryResponse::of)
                .toList()));
  }

  private void create(Context ctx) {
    UserId user = caller.of(ctx);
    WorkspaceId workspace = PathIds.workspace(ctx);
    JsonFields body = bodies.read(ctx, JsonFields.class);
    CreateExpense command = ExpenseRequests.create(workspace, user, body);
    creates.respond(
        ctx,
        new Scope(workspace, user),
        IdempotencyUseCase.Creates.EXPENSE,
        body,
        () -> {
          Expense e = core.createExpense().create(command);
          return creates.created(ExpenseJson.ExpenseResponse.of(e), location(e), etag(e));
        });
  }

  private void get(Context ctx) {
    UserId user = caller.of(ctx);
    Expense e = core.getExpense().get(new GetExpense(PathIds.workspace(ctx), user, expenseId(ctx)));
    ctx.header("ETag", etag(e));
    if (etag(e).equals(ctx.header("If-None-Match"))) {
      ctx.status(HttpStatus.NOT_MODIFIED);
      return;
    }
    ctx.json(ExpenseJson.ExpenseResponse.of(e));
  }

  private void patch(Context ctx) {
    UserId user = caller.of(ctx);
    WorkspaceId workspace = PathIds.workspace(ctx);
    ExpenseId id = expenseId(ctx);
    OptionalLong expected = ifMatch(ctx);
    JsonFields body = bodies.read(ctx, JsonFields.class);
    ExpensePatch patch = ExpenseRequests.patch(body);
    Expense e =
        core.patchExpense()
            .patch(
                new PatchExpense(
                    workspace, user, id, expected, patch, ExpenseRequests.original(body)));
    ctx.header("ETag", etag(e));
    ctx.json(ExpenseJson.ExpenseResponse.of(e));
  }

  private void delete(Context ctx) {
    UserId user = caller.of(ctx);
    core.deleteExpense()
        .delete(new DeleteExpense(PathIds.workspace(ctx), user, expenseId(ctx), ifMatch(ctx)));
    ctx.status(HttpStatus.NO_CONTENT);
  }

  private void list(Context ctx) {
    UserId user = caller.of(ctx);
    WorkspaceId workspace = PathIds.workspace(ctx);
    ExpenseQueryParams.ListRequest request = ExpenseQueryParams.list(ctx.queryParamMap());
    Optional<ExpensePosition> after =
        request.cursor().map(c -> cursors.decode(c, workspace, request.binding()));
    ListExpenses query =
        new ListExpenses(
            workspace,
            user,
            request.filter(),
            request.sort(),
            after,
            request.limit(),
            request.deleted());
    if (request.csv()) {
      exportCsv(ctx, query);
      return;
    }
    ListExpensesUseCase.Page page = core.listExpenses().list(query);
    String next =
        page.next().map(p -> cursors.encode(workspace, request.binding(), p)).orElse(null);
    pages.send(
        ctx,
        new ExpenseJson.PageResponse(
            page.items().stream().map(ExpenseJson.ExpenseResponse::of).toList(), next));
  }

  /**
   * Streams rows straight from the database cursor to the client: memory stays constant however
   * many rows match. The status line goes out with the first bytes, so a failure after that can
   * only cut the response short.
   */
  private void exportCsv(Context ctx, ListExpenses query) {
    ctx.contentType("text/csv; charset=utf-8");
    ctx.header("Content-Disposition", "attachment; filename=\"expenses.csv\"");
    try (Writer out =
        new BufferedWriter(
            new OutputStreamWriter(ctx.outputStream(), StandardCharsets.UTF_8), 1 << 16)) {
      CsvWriter csv = new CsvWriter(out);
      csv.row(ExpenseJson.CSV_HEADER);
      core.listExpenses().export(query, e -> csv.row(ExpenseJson.csvRow(e)));
    } catch (java.io.IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private void summary(Context ctx) {
    UserId user = caller.of(ctx);
    WorkspaceId workspace = PathIds.workspace(ctx);
    ExpenseQueryParams.Period period = ExpenseQueryParams.summary(ctx.queryParamMap());
    ctx.json(
        ExpenseJson.SummaryResponse.of(
            core.summarizeExpenses()
                .summarize(new SummarizeExpenses(workspace, user, period.from(), period.to()))));
  }

  /**
   * The version a client says it has: {@code If-Match: "3"}; {@code *} or no header means any. A
   * weak tag never matches (If-Match compares strongly), so it fails like a stale one would.
   */
  private static OptionalLong ifMatch(Context ctx) {
    String header = ctx.header("If-Match");
    if (header == null || header.strip().equals("*")) {
      return OptionalLong.empty();
    }
    Matcher m = ETAG.matcher(header.strip());
    if (m.matches()) {
      return OptionalLong.of(Long.parseLong(m.group(1)));
    }
    if (header.strip().startsWith("W/")) {
      return OptionalLong.of(0); // no expense has version 0: always stale
    }
    throw new ApiError(
        HttpStatus.BAD_REQUEST,
        "validation-error",
        "If-Match must be one entity tag such as \"3\", or *",
        List.of(new Problem.FieldProblem("If-Match", "must be one entity tag such as \"3\"")));
  }

  static String etag(Expense e) {
    return "\"" + e.version() + "\"";
  }

  private static String location(Expense e) {
    return "/api/v1/workspaces/" + e.workspace() + "/expenses/" + e.id();
  }

  private static ExpenseId expenseId(Context ctx) {
    return new ExpenseId(
        PathIds.uuid(ctx, "expense_id").orElseThrow(() -> new NotFound("Expense")));
  }
}
