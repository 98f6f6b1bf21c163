package org.expensetracker.adapters.http;

import static org.expensetracker.adapters.http.Schemas.object;
import static org.expensetracker.adapters.http.Schemas.ref;

import com.fasterxml.jackson.databind.node.ObjectNode;
import org.expensetracker.domain.money.ExchangeRate;
import org.expensetracker.domain.money.RateSource;

/**
 * OpenAPI description of {@link ExchangeRateRoutes}, and of the fields of money spent in another
 * currency that expenses and settlements carry ({@link OriginalAmounts}).
 */
final class ExchangeRateDocs {
  private static final String TAG = "Exchange rates";

  private ExchangeRateDocs() {}

  /** A rate as the API reads it: a decimal string, never a JSON number. */
  static ObjectNode rateInput() {
    return Schemas.described(
        Schemas.string().put("pattern", "^[0-9]+(\\.[0-9]+)?$").put("example", "0.0067"),
        "Units of the workspace currency one unit of the other buys: a decimal string (a JSON"
            + " number is refused), positive, at most "
            + ExchangeRate.MAX_SCALE
            + " decimals and "
            + ExchangeRate.MAX_RATE.toPlainString()
            + "; never rounded");
  }

  /** The three request fields of an amount spent in another currency. */
  static Schemas.ObjectBuilder originalInput(Schemas.ObjectBuilder body) {
    return body.optional(
            "original_amount",
            Schemas.described(
                Schemas.amountInput(),
                "The amount as spent, at original_currency's scale; amount is then derived"
                    + " (original_amount × exchange_rate, rounded once half-even to the workspace"
                    + " currency's scale) and, if sent too, must equal it exactly"))
        .optional(
            "original_currency",
            Schemas.described(Schemas.currency(), "Any ISO 4217 code but the workspace's"))
        .optional(
            "exchange_rate",
            Schemas.described(
                rateInput(),
                "Absent: the workspace's rate on or before the day, else the reference rate;"
                    + " none is 422"));
  }

  /** The five response fields; all null when the money was in the workspace currency. */
  static Schemas.ObjectBuilder originalOutput(Schemas.ObjectBuilder body) {
    return body.required("original_amount", Schemas.nullable(Schemas.amount()))
        .required("original_currency", Schemas.nullable(Schemas.currency()))
        .required(
            "exchange_rate",
            Schemas.nullable(
                Schemas.described(
                    Schemas.string().put("example", "0.0067"), "The rate kept with the record")))
        .required(
            "rate_source",
            Schemas.nullable(
                Schemas.enumOf(
                    java.util.Arrays.stream(RateSource.values())
                        .map(RateSource::wireName)
                        .toList())))
        .required(
            "rate_date",
            Schemas.nullable(
                Schemas.described(
                    Schemas.date(),
                    "The rate's day: spent_at for a client rate, valid_from for a workspace rate,"
                        + " the publication day for a reference rate")));
  }

  static void describe(OpenApi api) {
    api.tag(TAG, "The workspace's own rates into its currency, which its admins maintain");
    api.schema(
        "ExchangeRate",
        object()
            .description("One unit of currency buys rate units of to_currency from valid_from on")
            .required("currency", Schemas.currency())
            .required("to_currency", Schemas.currency())
            .required("rate", Schemas.string().put("example", "0.0067"))
            .required("valid_from", Schemas.date())
            .build());
    api.schema(
        "ExchangeRates", object().required("items", Schemas.array(ref("ExchangeRate"))).build());
    api.get(ExchangeRateRoutes.BASE, "listExchangeRates")
        .summary(TAG, "The workspace's rates, by currency, newest first (any member)", null)
        .answers(200, "The rates", ref("ExchangeRates"))
        .problems(400);
    api.put(ExchangeRateRoutes.BASE + "/{currency}", "setExchangeRate")
        .summary(
            TAG,
            "Set the rate of a currency from a day on (admin, owner)",
            "The same currency and valid_from again replaces the rate; expenses already recorded"
                + " keep the rate they were converted with.")
        .body(
            object().required("rate", rateInput()).required("valid_from", Schemas.date()).closed())
        .answers(200, "The rate as stored", ref("ExchangeRate"))
        .problems(403);
  }
}
