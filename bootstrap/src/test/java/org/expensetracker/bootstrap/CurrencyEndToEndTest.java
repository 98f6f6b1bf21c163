package org.expensetracker.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;
import static org.expensetracker.bootstrap.SharedExpensesEndToEndTest.problem;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.expensetracker.adapters.persistence.testing.PostgresTest;
import org.expensetracker.bootstrap.testing.ApiClient;
import org.expensetracker.bootstrap.testing.ApiClient.Person;
import org.expensetracker.bootstrap.testing.ApiClient.Response;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Expenses and settlements in other currencies over HTTP on the real server and PostgreSQL: client
 * rates, the workspace rate table, 422 without a rate, history that does not move, JPY/KWD/USD.
 */
@PostgresTest
class CurrencyEndToEndTest {
  private static ApiClient api;

  @BeforeAll
  static void start() {
    api = ApiClient.start();
  }

  @AfterAll
  static void stop() {
    api.close();
  }

  static String foreign(String originalAmount, String currency, String rateField) {
    return "{\"original_amount\":\""
        + originalAmount
        + "\",\"original_currency\":\""
        + currency
        + "\",\"description\":\"Ramen\",\"category\":\"Food\",\"spent_at\":\"2026-11-20\""
        + (rateField.isEmpty() ? "" : "," + rateField)
        + "}";
  }

  static Map<UUID, String> nets(String ws, Person reader) {
    Map<UUID, String> nets = new java.util.HashMap<>();
    api.get(ws + "/balances", reader.token())
        .expect(200)
        .json()
        .get("items")
        .forEach(
            line ->
                nets.put(UUID.fromString(line.get("user_id").asText()), line.get("net").asText()));
    return nets;
  }

  static Response spend(String ws, Person by, String body) {
    return api.post(ws + "/expenses", by.token(), body);
  }

  @Test
  void yenSpentInADollarWorkspaceKeepsItsRateAndIsReadBackExactly() {
    Person ann = api.newPerson();
    Person ben = api.newPerson();
    String ws = api.newWorkspace("USD", ann, Map.of(ben, "member"));

    Response created = spend(ws, ann, foreign("1234", "JPY", "\"exchange_rate\":\"0.0067\""));
    JsonNode e = created.expect(201).json();

    assertThat(e.get("amount").asText()).isEqualTo("8.27");
    assertThat(e.get("currency").asText()).isEqualTo("USD");
    assertThat(e.get("original_amount").asText()).isEqualTo("1234");
    assertThat(e.get("original_currency").asText()).isEqualTo("JPY");
    assertThat(e.get("exchange_rate").isTextual()).isTrue();
    assertThat(e.get("exchange_rate").asText()).isEqualTo("0.0067");
    assertThat(e.get("rate_source").asText()).isEqualTo("client");
    assertThat(e.get("rate_date").asText()).isEqualTo("2026-11-20");
    assertThat(e.get("parts").findValuesAsText("amount")).containsExactlyInAnyOrder("4.14", "4.13");
    JsonNode read = api.get(created.header("Location"), ann.token()).expect(200).json();
    assertThat(read).isEqualTo(e);
    // A plain expense has the fields too, as null.
    JsonNode plain =
        spend(
                ws,
                ann,
                "{\"amount\":\"1.00\",\"description\":\"Tea\",\"category\":\"Food\","
                    + "\"spent_at\":\"2026-11-20\"}")
            .expect(201)
            .json();
    assertThat(plain.get("original_amount").isNull()).isTrue();
    assertThat(plain.get("rate_source").isNull()).isTrue();
  }

  @Test
  void yenAndDinarWorkspacesConvertToTheirOwnScale() {
    Person kai = api.newPerson();
    Person lia = api.newPerson();
    String jpy = api.newWorkspace("JPY", kai, Map.of(lia, "member"));
    String kwd = api.newWorkspace("KWD", kai, Map.of(lia, "member"));

    JsonNode taxi =
        spend(jpy, kai, foreign("3.00", "USD", "\"exchange_rate\":\"149.5\"")).expect(201).json();
    JsonNode tea =
        spend(kwd, kai, foreign("10.00", "USD", "\"exchange_rate\":\"0.30712\""))
            .expect(201)
            .json();

    assertThat(taxi.get("amount").asText()).isEqualTo("448");
    assertThat(taxi.get("original_amount").asText()).isEqualTo("3.00");
    assertThat(tea.get("amount").asText()).isEqualTo("3.071");
    assertThat(tea.get("parts").findValuesAsText("amount"))
        .containsExactlyInAnyOrder("1.536", "1.535");
    // Kai paid 3.071 and owes one of the parts: the nets are that part, both ways.
    assertThat(Set.copyOf(nets(kwd, kai).values()))
        .isIn(Set.of("1.535", "-1.535"), Set.of("1.536", "-1.536"));
  }

  @Test
  void theWorkspaceRateOnOrBeforeTheDayIsUsedAndChangingItLaterChangesNoExpense() {
    Person ann = api.newPerson();
    Person ben = api.newPerson();
    String ws = api.newWorkspace("USD", ann, Map.of(ben, "member"));
    api.put(ws + "/exchange-rates/JPY", ann.token(), rate("0.0065", "2026-10-01")).expect(200);
    JsonNode set =
        api.put(ws + "/exchange-rates/JPY", ann.token(), rate("0.00670", "2026-11-01"))
            .expect(200)
            .json();
    api.put(ws + "/exchange-rates/JPY", ann.token(), rate("0.0070", "2026-12-01")).expect(200);
    assertThat(set.get("rate").asText()).isEqualTo("0.0067");
    assertThat(set.get("to_currency").asText()).isEqualTo("USD");

    Response created = spend(ws, ben, foreign("1000", "JPY", ""));
    JsonNode e = created.expect(201).json();
    assertThat(e.get("amount").asText()).isEqualTo("6.70");
    assertThat(e.get("rate_source").asText()).isEqualTo("workspace");
    assertThat(e.get("rate_date").asText()).isEqualTo("2026-11-01");

    api.put(ws + "/exchange-rates/JPY", ann.token(), rate("0.01", "2026-11-01")).expect(200);
    api.put(ws + "/exchange-rates/JPY", ann.token(), rate("0.02", "2026-11-15")).expect(200);

    assertThat(api.get(created.header("Location"), ben.token()).expect(200).json()).isEqualTo(e);
    assertThat(spend(ws, ben, foreign("1000", "JPY", "")).expect(201).json().get("amount").asText())
        .isEqualTo("20.00");
    JsonNode list = api.get(ws + "/exchange-rates", ben.token()).expect(200).json().get("items");
    assertThat(list.findValuesAsText("valid_from"))
        .containsExactly("2026-12-01", "2026-11-15", "2026-11-01", "2026-10-01");
  }

  static String rate(String rate, String validFrom) {
    return "{\"rate\":\"" + rate + "\",\"valid_from\":\"" + validFrom + "\"}";
  }

  @Test
  void noRateIsA422NamingCurrencyAndDayAndStoresNothing() {
    Person ann = api.newPerson();
    String ws = api.newWorkspace("USD", ann, Map.of());

    Response r = spend(ws, ann, foreign("1000", "THB", ""));

    problem(r, 422, null);
    assertThat(r.json().get("detail").asText()).contains("THB", "USD", "2026-11-20");
    assertThat(api.get(ws + "/expenses", ann.token()).json().get("items")).isEmpty();
  }

  @Test
  void badConversionsAreProblemsThatStoreNothing() {
    Person ann = api.newPerson();
    Person ben = api.newPerson();
    String ws = api.newWorkspace("USD", ann, Map.of(ben, "member"));

    problem(
        spend(ws, ann, foreign("1234", "JPY", "\"exchange_rate\":0.0067")), 400, "exchange_rate");
    problem(
        spend(ws, ann, foreign("1234", "JPY", "\"exchange_rate\":\"1e-3\"")), 400, "exchange_rate");
    problem(
        spend(ws, ann, foreign("12.5", "JPY", "\"exchange_rate\":\"0.0067\"")),
        400,
        "original_amount");
    problem(
        spend(ws, ann, foreign("10", "XYZ", "\"exchange_rate\":\"1\"")), 400, "original_currency");
    problem(
        spend(ws, ann, foreign("10", "USD", "\"exchange_rate\":\"1\"")), 400, "original_currency");
    problem(
        spend(ws, ann, foreign("1234", "JPY", "\"exchange_rate\":\"0.0067\",\"amount\":\"8.28\"")),
        400,
        "amount");
    problem(
        spend(
            ws, ann, foreign("1234", "JPY", "\"exchange_rate\":\"0.0067\",\"rate_source\":\"x\"")),
        400,
        "rate_source");
    assertThat(
            spend(
                    ws,
                    ann,
                    foreign("1234", "JPY", "\"exchange_rate\":\"0.0067\",\"amount\":\"8.27\""))
                .expect(201)
                .json()
                .get("amount")
                .asText())
        .isEqualTo("8.27");
    assertThat(api.get(ws + "/expenses", ann.token()).json().get("items")).hasSize(1);
    problem(api.put(ws + "/exchange-rates/JPY", ann.token(), rate("0", "2026-11-01")), 400, "rate");
    problem(
        api.put(
            ws + "/exchange-rates/JPY",
            ann.token(),
            "{\"rate\":0.5,\"valid_from\":\"2026-11-01\"}"),
        400,
        "rate");
    problem(
        api.put(ws + "/exchange-rates/USD", ann.token(), rate("1", "2026-11-01")), 400, "currency");
    problem(
        api.put(ws + "/exchange-rates/usd", ann.token(), rate("1", "2026-11-01")), 400, "currency");
  }

  @Test
  void onlyAdminsSetRatesMembersReadThemAndStrangersFindNothing() {
    Person ann = api.newPerson();
    Person ben = api.newPerson();
    Person vic = api.newPerson();
    Person sam = api.newPerson();
    String ws = api.newWorkspace("USD", ann, Map.of(ben, "member", vic, "viewer"));

    problem(
        api.put(ws + "/exchange-rates/JPY", ben.token(), rate("0.0067", "2026-11-01")), 403, null);
    problem(
        api.put(ws + "/exchange-rates/JPY", vic.token(), rate("0.0067", "2026-11-01")), 403, null);
    problem(
        api.put(ws + "/exchange-rates/JPY", sam.token(), rate("0.0067", "2026-11-01")), 404, null);
    problem(api.get(ws + "/exchange-rates", sam.token()), 404, null);
    api.put(ws + "/exchange-rates/JPY", ann.token(), rate("0.0067", "2026-11-01")).expect(200);
    assertThat(api.get(ws + "/exchange-rates", vic.token()).expect(200).json().get("items"))
        .hasSize(1);
    problem(spend(ws, vic, foreign("1000", "JPY", "")), 403, null);
    problem(spend(ws, sam, foreign("1000", "JPY", "")), 404, null);
  }

  @Test
  void aSettlementInAnotherCurrencySettlesByTheConvertedAmount() {
    Person ann = api.newPerson();
    Person ben = api.newPerson();
    String ws = api.newWorkspace("USD", ann, Map.of(ben, "member"));
    spend(
            ws,
            ann,
            "{\"amount\":\"20.00\",\"description\":\"Cab\",\"category\":\"Travel\","
                + "\"spent_at\":\"2026-11-20\"}")
        .expect(201);

    JsonNode paid =
        api.post(
                ws + "/settlements",
                ben.token(),
                "{\"from_user_id\":\""
                    + ben.id()
                    + "\",\"to_user_id\":\""
                    + ann.id()
                    + "\",\"original_amount\":\"1500\",\"original_currency\":\"JPY\","
                    + "\"exchange_rate\":\"0.0066667\",\"settled_at\":\"2026-11-21\"}")
            .expect(201)
            .json();

    assertThat(paid.get("amount").asText()).isEqualTo("10.00");
    assertThat(paid.get("original_amount").asText()).isEqualTo("1500");
    assertThat(paid.get("rate_date").asText()).isEqualTo("2026-11-21");
    assertThat(nets(ws, ann).values()).containsOnly("0.00");
  }

  @Test
  void theCurrencyFixedRefusalSaysWhy() {
    Person ann = api.newPerson();
    String ws = api.newWorkspace("USD", ann, Map.of());
    spend(ws, ann, foreign("1000", "JPY", "\"exchange_rate\":\"0.0067\"")).expect(201);

    Response fixed = api.patch(ws, ann.token(), ApiClient.json("currency", "EUR"));

    assertThat(fixed.status()).isEqualTo(409);
    assertThat(fixed.json().get("type").asText()).endsWith("currency-fixed");
    assertThat(fixed.json().get("detail").asText())
        .contains("expenses or settlements", "stored in it", "original_currency");
  }
}
