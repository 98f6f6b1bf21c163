package org.expensetracker.adapters.http;

import io.javalin.Javalin;
import io.javalin.http.Context;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Currency;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.expensetracker.application.ExpenseTracker;
import org.expensetracker.application.port.in.Scope;
import org.expensetracker.application.port.in.SetExchangeRateUseCase;
import org.expensetracker.domain.money.ExchangeRate;
import org.expensetracker.domain.money.Money;
import org.expensetracker.domain.shared.Validation;

/**
 * The workspace's own exchange rates under {@code
 * /api/v1/workspaces/{workspace_id}/exchange-rates}: admins set one per currency and day ({@code
 * PUT .../{currency}}), members list them.
 */
final class ExchangeRateRoutes {
  static final String BASE = "/api/v1/workspaces/{workspace_id}/exchange-rates";
  static final Set<String> FIELDS = Set.of("rate", "valid_from");
  private static final Set<String> READ_ONLY = Set.of("currency", "to_currency", "workspace_id");

  private final ExpenseTracker core;
  private final Caller caller;
  private final JsonBody bodies;

  ExchangeRateRoutes(ExpenseTracker core, Caller caller, JsonBody bodies) {
    this.core = core;
    this.caller = caller;
    this.bodies = bodies;
  }

  void register(Javalin app) {
    app.get(BASE, this::list);
    app.put(BASE + "/{currency}", this::put);
  }

  /** One rate: one unit of {@code currency} buys {@code rate} units of {@code to_currency}. */
  record RateResponse(String currency, String toCurrency, String rate, LocalDate validFrom) {
    static RateResponse of(ExchangeRate r) {
      return new RateResponse(
          r.from().getCurrencyCode(), r.to().getCurrencyCode(), r.rateText(), r.date());
    }
  }

  record RatesResponse(List<RateResponse> items) {}

  private void list(Context ctx) {
    Scope scope = new Scope(PathIds.workspace(ctx), caller.of(ctx));
    QueryParams.of(ctx, Set.of()).done();
    ctx.json(
        new RatesResponse(
            core.listExchangeRates().list(scope).stream().map(RateResponse::of).toList()));
  }

  private void put(Context ctx) {
    Scope scope = new Scope(PathIds.workspace(ctx), caller.of(ctx));
    JsonFields body = bodies.read(ctx, JsonFields.class);
    Validation validation = new Validation();
    Currency currency =
        validation.attempt(() -> Money.currency(ctx.pathParam("currency"), "currency"));
    body.rejectOthers(FIELDS, READ_ONLY, validation);
    // A string, like exchange_rate on an expense: a rate must arrive exact.
    Optional<BigDecimal> rate =
        body.text("rate", validation)
            .map(text -> validation.attempt(() -> Money.parseDecimal(text, "rate")));
    Optional<LocalDate> validFrom = body.date("valid_from", validation);
    for (String required : List.of("rate", "valid_from")) {
      if (!body.containsKey(required) || body.isNull(required)) {
        validation.add(required, "is required");
      }
    }
    validation.throwIfInvalid();
    ExchangeRate stored =
        core.setExchangeRate()
            .set(
                new SetExchangeRateUseCase.Command(
                    scope, currency, rate.orElseThrow(), validFrom.orElseThrow()));
    ctx.json(RateResponse.of(stored));
  }
}
