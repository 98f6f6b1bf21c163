package org.expensetracker.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import org.expensetracker.adapters.persistence.testing.PostgresTest;
import org.expensetracker.bootstrap.testing.ApiClient;
import org.expensetracker.bootstrap.testing.ApiClient.Person;
import org.expensetracker.bootstrap.testing.ApiClient.Response;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Shared expenses over HTTP on the real server and PostgreSQL, everything set up through the API:
 * splits, several payers, balances, settle-up, settlements, removal with a balance, bad input and
 * isolation.
 */
@PostgresTest
class SharedExpensesEndToEndTest {
  private static ApiClient api;

  @BeforeAll
  static void start() {
    api = ApiClient.start();
  }

  @AfterAll
  static void stop() {
    api.close();
  }

  static Response spend(String ws, Person by, String body) {
    return api.post(ws + "/expenses", by.token(), body);
  }

  static String expense(String amount, String extra) {
    return "{\"amount\":\""
        + amount
        + "\",\"description\":\"Dinner\",\"category\":\"Food\",\"spent_at\":\"2026-11-20\""
        + (extra.isEmpty() ? "" : "," + extra)
        + "}";
  }

  static Map<UUID, String> byUser(JsonNode lines, String field) {
    Map<UUID, String> result = new HashMap<>();
    lines.forEach(
        line ->
            result.put(UUID.fromString(line.get("user_id").asText()), line.get(field).asText()));
    return result;
  }

  static Map<UUID, String> nets(String ws, Person reader) {
    return byUser(api.get(ws + "/balances", reader.token()).expect(200).json().get("items"), "net");
  }

  static String settlement(Person from, Person to, String amount) {
    return "{\"from_user_id\":\""
        + from.id()
        + "\",\"to_user_id\":\""
        + to.id()
        + "\",\"amount\":\""
        + amount
        + "\"}";
  }

  static void problem(Response r, int status, String field) {
    assertThat(r.status()).as(r.body()).isEqualTo(status);
    assertThat(r.header("Content-Type")).startsWith("application/problem+json");
    if (field != null) {
      assertThat(r.json().get("errors").findValuesAsText("field")).as(r.body()).contains(field);
    }
  }

  @Test
  void aTripFromFirstExpenseToEveryoneSettled() {
    Person ann = api.newPerson();
    Person ben = api.newPerson();
    Person cat = api.newPerson();
    Person eve = api.newPerson();
    String ws = api.newWorkspace("EUR", ann, Map.of(ben, "member", cat, "member", eve, "viewer"));

    // No split: equal among the members who may record (the viewer is left out).
    JsonNode dinner = spend(ws, ann, expense("90.00", "")).expect(201).json();
    assertThat(dinner.get("paid_by").asText()).isEqualTo(ann.id().toString());
    assertThat(dinner.get("split").get("mode").asText()).isEqualTo("equal");
    assertThat(byUser(dinner.get("parts"), "amount"))
        .containsOnlyKeys(ann.id(), ben.id(), cat.id())
        .containsValues("30.00");

    // Ann and Ben pay a 100.00 cabin 70/30, split 50/25/25 by percent.
    JsonNode cabin =
        spend(
                ws,
                ben,
                expense(
                    "100",
                    "\"payers\":[{\"user_id\":\""
                        + ann.id()
                        + "\",\"amount\":\"70.00\"},"
                        + "{\"user_id\":\""
                        + ben.id()
                        + "\",\"amount\":30}],"
                        + "\"split\":{\"mode\":\"percent\",\"shares\":["
                        + "{\"user_id\":\""
                        + ann.id()
                        + "\",\"percent\":\"50\"},"
                        + "{\"user_id\":\""
                        + ben.id()
                        + "\",\"percent\":25},"
                        + "{\"user_id\":\""
                        + cat.id()
                        + "\",\"percent\":\"25.00\"}]}"))
            .expect(201)
            .json();
    assertThat(cabin.get("paid_by").isNull()).isTrue();
    assertThat(byUser(cabin.get("payers"), "amount"))
        .containsEntry(ann.id(), "70.00")
        .containsEntry(ben.id(), "30.00");
    assertThat(byUser(cabin.get("parts"), "amount"))
        .containsEntry(ann.id(), "50.00")
        .containsEntry(ben.id(), "25.00")
        .containsEntry(cat.id(), "25.00");
    assertThat(byUser(cabin.get("split").get("shares"), "percent")).containsEntry(ann.id(), "50");

    JsonNode balances = api.get(ws + "/balances", eve.token()).expect(200).json();
    assertThat(balances.get("currency").asText()).isEqualTo("EUR");
    assertThat(nets(ws, eve))
        .containsEntry(ann.id(), "80.00")
        .containsEntry(ben.id(), "-25.00")
        .containsEntry(cat.id(), "-55.00")
        .containsEntry(eve.id(), "0.00");
    BigDecimal total = BigDecimal.ZERO;
    for (String net : nets(ws, eve).values()) {
      total = total.add(new BigDecimal(net));
    }
    assertThat(total.signum()).isZero();

    JsonNode plan = api.get(ws + "/settle-up", cat.token()).expect(200).json();
    assertThat(plan.get("simplified").asBoolean()).isTrue();
    assertThat(plan.get("transfers")).hasSize(2);
    for (JsonNode t : plan.get("transfers")) {
      String body =
          "{\"from_user_id\":\""
              + t.get("from_user_id").asText()
              + "\",\"to_user_id\":\""
              + t.get("to_user_id").asText()
              + "\",\"amount\":\""
              + t.get("amount").asText()
              + "\",\"note\":\"bank transfer\"}";
      api.send(
              "POST",
              ws + "/settlements",
              ann.token(),
              body,
              "Idempotency-Key",
              UUID.randomUUID().toString())
          .expect(201);
    }
    assertThat(nets(ws, eve).values()).containsOnly("0.00");
    assertThat(api.get(ws + "/settle-up", cat.token()).expect(200).json().get("transfers"))
        .isEmpty();
    assertThat(
            api.get(ws + "/settle-up?simplify=false", cat.token())
                .expect(200)
                .json()
                .get("transfers"))
        .isEmpty();
    JsonNode list = api.get(ws + "/settlements", eve.token()).expect(200).json();
    assertThat(list.get("items")).hasSize(2);
    assertThat(list.get("items").get(0).get("note").asText()).isEqualTo("bank transfer");
  }

  @Test
  void changingTheAmountOrSplitRecomputesTheParts() {
    Person ann = api.newPerson();
    Person ben = api.newPerson();
    String ws = api.newWorkspace("USD", ann, Map.of(ben, "member"));
    Response created = spend(ws, ann, expense("10.00", "")).expect(201);
    String path = created.header("Location");

    JsonNode patched =
        api.send(
                "PATCH",
                path,
                ann.token(),
                "{\"amount\":\"10.01\"}",
                "If-Match",
                created.header("ETag"))
            .expect(200)
            .json();
    assertThat(byUser(patched.get("parts"), "amount").values())
        .containsExactlyInAnyOrder("5.01", "5.00");
    JsonNode exact =
        api.patch(
                path,
                ann.token(),
                "{\"split\":{\"mode\":\"exact\",\"shares\":[{\"user_id\":\""
                    + ben.id()
                    + "\",\"amount\":\"10.01\"}]}}")
            .expect(200)
            .json();
    assertThat(byUser(exact.get("parts"), "amount")).containsExactly(Map.entry(ben.id(), "10.01"));
    assertThat(nets(ws, ben)).containsEntry(ben.id(), "-10.01");
    // Now the exact split no longer fits a new amount: restate it or get a 400.
    problem(api.patch(path, ann.token(), "{\"amount\":\"12\"}"), 400, "split.shares");
    assertThat(api.get(path, ann.token()).expect(200).json().get("amount").asText())
        .isEqualTo("10.01");
  }

  @Test
  void aJpyWorkspaceSplitsWholeYen() {
    Person ann = api.newPerson();
    Person ben = api.newPerson();
    Person cat = api.newPerson();
    String ws = api.newWorkspace("JPY", ann, Map.of(ben, "member", cat, "member"));
    JsonNode sushi = spend(ws, ann, expense("1000", "")).expect(201).json();
    assertThat(byUser(sushi.get("parts"), "amount").values())
        .containsExactlyInAnyOrder("334", "333", "333");
    problem(spend(ws, ann, expense("1.5", "")), 400, "amount");
    assertThat(new BigDecimal(nets(ws, ann).get(ann.id())))
        .isBetween(new BigDecimal("666"), new BigDecimal("667"));
  }

  @Test
  void badPayersSplitsAndSettlementsAreClearProblemsAndStoreNothing() {
    Person ann = api.newPerson();
    Person ben = api.newPerson();
    Person outsider = api.newPerson();
    String ws = api.newWorkspace("USD", ann, Map.of(ben, "member"));
    String both =
        "\"paid_by\":\""
            + ann.id()
            + "\",\"payers\":[{\"user_id\":\""
            + ann.id()
            + "\",\"amount\":\"5\"}]";

    problem(spend(ws, ann, expense("5.00", both)), 400, "payers");
    problem(spend(ws, ann, expense("5.00", "\"split\":\"equal\"")), 400, "split");
    problem(spend(ws, ann, expense("5.00", "\"split\":{\"mode\":\"thirds\"}")), 400, "split.mode");
    problem(
        spend(ws, ann, expense("5.00", "\"split\":{\"mode\":\"equal\",\"shares\":[7]}")),
        400,
        "split.shares[0]");
    problem(
        spend(
            ws,
            ann,
            expense(
                "5.00",
                "\"split\":{\"mode\":\"equal\",\"shares\":[{\"user_id\":\""
                    + ben.id()
                    + "\",\"percent\":5}]}")),
        400,
        "split.shares[0].percent");
    problem(
        spend(
            ws,
            ann,
            expense(
                "5.00",
                "\"split\":{\"mode\":\"percent\",\"shares\":[{\"user_id\":\""
                    + ben.id()
                    + "\",\"percent\":\"33.333\"}]}")),
        400,
        "split.shares[0].percent");
    problem(
        spend(
            ws,
            ann,
            expense(
                "5.00",
                "\"split\":{\"mode\":\"exact\",\"shares\":[{\"user_id\":\""
                    + ben.id()
                    + "\",\"amount\":\"4.99\"}]}")),
        400,
        "split.shares");
    problem(
        spend(
            ws,
            ann,
            expense("5.00", "\"payers\":[{\"user_id\":\"" + ann.id() + "\",\"amount\":\"1e1\"}]")),
        400,
        "payers[0].amount");
    problem(
        spend(ws, ann, expense("5.00", "\"payers\":[{\"user_id\":\"" + ann.id() + "\"}]")),
        400,
        "payers[0].amount");
    // Someone from outside the workspace is not found, whatever their role elsewhere.
    problem(
        spend(
            ws,
            ann,
            expense("5.00", "\"split\":{\"shares\":[{\"user_id\":\"" + outsider.id() + "\"}]}")),
        404,
        null);
    problem(spend(ws, ann, expense("5.00", "\"paid_by\":\"" + outsider.id() + "\"")), 404, null);
    assertThat(api.get(ws + "/expenses", ann.token()).expect(200).json().get("items")).isEmpty();

    problem(
        api.post(ws + "/settlements", ann.token(), settlement(ann, ann, "1")), 400, "to_user_id");
    problem(
        api.post(ws + "/settlements", ann.token(), settlement(ann, ben, "0.001")), 400, "amount");
    problem(
        api.post(
            ws + "/settlements",
            ann.token(),
            "{\"from_user_id\":\"" + ann.id() + "\",\"amount\":1,\"id\":\"x\"}"),
        400,
        "id");
    problem(api.post(ws + "/settlements", ann.token(), settlement(ann, outsider, "1")), 404, null);
    problem(api.get(ws + "/settle-up?simplify=maybe", ann.token()), 400, "simplify");
    problem(api.get(ws + "/settlements?limit=0", ann.token()), 400, "limit");
    problem(api.get(ws + "/settlements?cursor=" + UUID.randomUUID(), ann.token()), 400, "cursor");
    assertThat(api.get(ws + "/settlements", ann.token()).expect(200).json().get("items")).isEmpty();
  }

  @Test
  void aMemberWithABalanceCannotBeRemovedUntilTheySettle() {
    Person ann = api.newPerson();
    Person ben = api.newPerson();
    String ws = api.newWorkspace("USD", ann, Map.of(ben, "member"));
    spend(ws, ann, expense("25.00", "")).expect(201);

    Response refused = api.delete(ws + "/members/" + ben.id(), ann.token());
    problem(refused, 409, null);
    assertThat(refused.json().get("type").asText()).endsWith("balance-not-settled");
    assertThat(refused.json().get("detail").asText()).contains("12.50");
    problem(api.delete(ws + "/members/" + ben.id(), ben.token()), 409, null);

    api.post(ws + "/settlements", ben.token(), settlement(ben, ann, "12.50")).expect(201);
    api.delete(ws + "/members/" + ben.id(), ann.token()).expect(204);
    assertThat(nets(ws, ann)).containsEntry(ben.id(), "0.00");
  }

  @Test
  void settlementsFollowTheRolesAndReplayWithTheirIdempotencyKey() {
    Person ann = api.newPerson();
    Person ben = api.newPerson();
    Person cat = api.newPerson();
    Person eve = api.newPerson();
    String ws = api.newWorkspace("USD", ann, Map.of(ben, "member", cat, "member", eve, "viewer"));

    problem(api.post(ws + "/settlements", eve.token(), settlement(eve, ann, "1")), 403, null);
    problem(api.post(ws + "/settlements", cat.token(), settlement(ben, ann, "1")), 403, null);
    String key = UUID.randomUUID().toString();
    Function<String, Response> benPaysAnnWithKey =
        amount ->
            api.send(
                "POST",
                ws + "/settlements",
                ben.token(),
                settlement(ben, ann, amount),
                "Idempotency-Key",
                key);
    Response first = benPaysAnnWithKey.apply("7.25").expect(201);
    Response again = benPaysAnnWithKey.apply("7.25").expect(201);
    assertThat(again.json().get("id")).isEqualTo(first.json().get("id"));
    assertThat(again.header("Location")).isEqualTo(first.header("Location"));
    assertThat(benPaysAnnWithKey.apply("7.26").status()).isEqualTo(422);
    assertThat(api.get(ws + "/settlements", eve.token()).expect(200).json().get("items"))
        .hasSize(1);

    String path = first.header("Location");
    assertThat(api.get(path, eve.token()).expect(200).json().get("amount").asText())
        .isEqualTo("7.25");
    problem(api.delete(path, cat.token()), 403, null);
    api.delete(path, ann.token()).expect(204);
    problem(api.get(path, ann.token()), 404, null);
  }

  @Test
  void anotherWorkspacesPeopleNeverLearnAnything() {
    Person ann = api.newPerson();
    Person ben = api.newPerson();
    Person mallory = api.newPerson();
    String ws = api.newWorkspace("USD", ann, Map.of(ben, "member"));
    String theirs = api.newWorkspace("USD", mallory, Map.of());
    String settlement =
        api.post(ws + "/settlements", ann.token(), settlement(ann, ben, "3"))
            .expect(201)
            .header("Location");
    String settlementId = settlement.substring(settlement.lastIndexOf('/') + 1);

    List<Response> answers = new ArrayList<>();
    answers.add(api.get(ws + "/balances", mallory.token()));
    answers.add(api.get(ws + "/settle-up", mallory.token()));
    answers.add(api.get(ws + "/settle-up?simplify=false", mallory.token()));
    answers.add(api.get(ws + "/settlements", mallory.token()));
    answers.add(api.get(settlement, mallory.token()));
    answers.add(api.delete(settlement, mallory.token()));
    answers.add(api.post(ws + "/settlements", mallory.token(), settlement(mallory, ann, "1")));
    answers.add(api.get("/api/v1/workspaces/" + UUID.randomUUID() + "/balances", mallory.token()));
    for (Response r : answers) {
      problem(r, 404, null);
      assertThat(r.json().get("detail").asText()).isEqualTo("Workspace not found");
    }
    // An id from one workspace under another's path is not found either.
    problem(api.get(theirs + "/settlements/" + settlementId, mallory.token()), 404, null);
    problem(api.get(ws + "/settlements/not-a-uuid", ann.token()), 404, null);
    assertThat(api.get(ws + "/settlements", ann.token()).expect(200).json().get("items"))
        .hasSize(1);
  }
}
