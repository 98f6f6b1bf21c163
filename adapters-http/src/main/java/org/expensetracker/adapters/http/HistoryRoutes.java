package org.expensetracker.adapters.http;

import io.javalin.Javalin;
import io.javalin.http.Context;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Base64;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.expensetracker.application.ExpenseTracker;
import org.expensetracker.application.port.in.ActivityUseCase;
import org.expensetracker.application.port.in.ChangesUseCase;
import org.expensetracker.application.port.in.Scope;
import org.expensetracker.domain.history.ActivityFilter;
import org.expensetracker.domain.history.EntityType;
import org.expensetracker.domain.history.FeedPosition;
import org.expensetracker.domain.identity.UserId;
import org.expensetracker.domain.shared.Validation;

/**
 * The history of a workspace: {@code GET /activity} (the audit trail, newest first, keyset-paged)
 * and {@code GET /changes} (the change feed for syncing clients).
 */
final class HistoryRoutes {
  static final String BASE = "/api/v1/workspaces/{workspace_id}";
  private static final Pattern TOKEN = Pattern.compile("([0-9]{1,20})\\.([0-9]{1,19})");

  private final ExpenseTracker core;
  private final Caller caller;

  HistoryRoutes(ExpenseTracker core, Caller caller) {
    this.core = core;
    this.caller = caller;
  }

  void register(Javalin app) {
    app.get(BASE + "/activity", this::activity);
    app.get(BASE + "/changes", this::changes);
  }

  private void activity(Context ctx) {
    Scope scope = new Scope(PathIds.workspace(ctx), caller.of(ctx));
    QueryParams p =
        QueryParams.of(
            ctx, Set.of("entity", "entity_id", "actor", "from", "to", "cursor", "limit"));
    Validation v = p.validation();
    Optional<EntityType> entity =
        p.value("entity")
            .map(
                name ->
                    EntityType.fromWireName(name)
                        .orElseGet(
                            () -> {
                              v.add(
                                  "entity",
                                  "must be one of workspace, member, expense, settlement");
                              return null;
                            }));
    Optional<UUID> entityId = p.uuid("entity_id");
    Optional<UserId> actor = p.uuid("actor").map(UserId::new);
    Optional<LocalDate> from = p.value("from").map(t -> JsonFields.parseDate(t, "from", v));
    Optional<LocalDate> to = p.value("to").map(t -> JsonFields.parseDate(t, "to", v));
    Optional<UUID> after = p.uuid("cursor");
    int limit = p.limit(ActivityUseCase.DEFAULT_LIMIT, ActivityUseCase.MAX_LIMIT);
    ActivityFilter filter = v.attempt(() -> new ActivityFilter(entity, entityId, actor, from, to));
    p.done();
    ActivityUseCase.Page page =
        core.activity().activity(new ActivityUseCase.Query(scope, filter, after, limit));
    ctx.json(
        new HistoryJson.ActivityPage(
            page.items().stream().map(HistoryJson.EntryResponse::of).toList(),
            page.next().map(UUID::toString).orElse(null)));
  }

  private void changes(Context ctx) {
    Scope scope = new Scope(PathIds.workspace(ctx), caller.of(ctx));
    QueryParams p = QueryParams.of(ctx, Set.of("since", "limit"));
    Optional<FeedPosition> since = p.value("since").map(t -> decode(t, p.validation()));
    int limit = p.limit(ChangesUseCase.DEFAULT_LIMIT, ChangesUseCase.MAX_LIMIT);
    p.done();
    ChangesUseCase.Page page = core.changes().changes(scope, since, limit);
    ctx.json(
        new HistoryJson.ChangesPage(
            page.changes().stream().map(HistoryJson.ChangeResponse::of).toList(),
            page.next().map(HistoryRoutes::encode).orElse(null),
            page.more()));
  }

  /** An opaque token for a feed position (base64url of "transaction.sequence"). */
  static String encode(FeedPosition position) {
    String plain = Long.toUnsignedString(position.transaction()) + "." + position.sequence();
    return Base64.getUrlEncoder()
        .withoutPadding()
        .encodeToString(plain.getBytes(StandardCharsets.US_ASCII));
  }

  static FeedPosition decode(String token, Validation validation) {
    try {
      String plain = new String(Base64.getUrlDecoder().decode(token), StandardCharsets.US_ASCII);
      Matcher m = TOKEN.matcher(plain);
      if (token.length() <= 64 && m.matches()) {
        return new FeedPosition(Long.parseUnsignedLong(m.group(1)), Long.parseLong(m.group(2)));
      }
    } catch (IllegalArgumentException e) {
      // falls through to the error below
    }
    validation.add("since", "is not a token from this API's next");
    return null;
  }
}
