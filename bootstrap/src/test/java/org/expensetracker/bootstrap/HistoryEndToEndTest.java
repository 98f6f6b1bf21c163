package org.expensetracker.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.expensetracker.adapters.persistence.testing.PostgresTest;
import org.expensetracker.bootstrap.testing.ApiClient;
import org.expensetracker.bootstrap.testing.ApiClient.Person;
import org.expensetracker.bootstrap.testing.ApiClient.Response;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The audit trail, soft delete with restore and the change feed over HTTP, on PostgreSQL. */
@PostgresTest
class HistoryEndToEndTest {
  private static ApiClient api;

  @BeforeAll
  static void start() {
    api = ApiClient.start();
  }

  @AfterAll
  static void stop() {
    api.close();
  }

  static String expense(String amount) {
    return "{\"amount\":\""
        + amount
        + "\",\"description\":\"Milk\",\"category\":\"Food\",\"spent_at\":\"2026-11-20\"}";
  }

  @Test
  void deleteRestoreAndTheHistoryOfOneExpense() {
    Person ann = api.newPerson();
    Person ben = api.newPerson();
    Person eve = api.newPerson();
    String ws = api.newWorkspace("EUR", ann, Map.of(ben, "member", eve, "viewer"));
    String path =
        api.post(ws + "/expenses", ben.token(), expense("12.00")).expect(201).header("Location");
    api.patch(path, ben.token(), "{\"notes\":\"oat milk\"}").expect(200);
    api.delete(path, ben.token()).expect(204);

    assertThat(api.get(path, ann.token()).status()).isEqualTo(404);
    assertThat(api.get(ws + "/expenses", ann.token()).expect(200).json().get("items")).isEmpty();
    assertThat(
            api.get(ws + "/balances", ann.token())
                .expect(200)
                .json()
                .get("items")
                .findValuesAsText("net"))
        .containsOnly("0.00");
    assertThat(api.get(ws + "/expenses?deleted=true", ann.token()).expect(200).json().get("items"))
        .hasSize(1);
    assertThat(api.get(ws + "/expenses?deleted=true", ben.token()).expect(200).json().get("items"))
        .hasSize(1);
    assertThat(api.get(ws + "/expenses?deleted=true", eve.token()).status()).isEqualTo(403);
    assertThat(api.get(ws + "/expenses?deleted=maybe", ann.token()).status()).isEqualTo(400);

    Response restored = api.post(path + "/restore", ben.token(), null).expect(200);
    assertThat(restored.json().get("version").asInt()).isEqualTo(4);
    assertThat(restored.header("ETag")).isEqualTo("\"4\"");
    assertThat(api.post(path + "/restore", ben.token(), null).status()).isEqualTo(409);
    assertThat(
            api.get(ws + "/balances", ann.token())
                .expect(200)
                .json()
                .get("items")
                .findValuesAsText("net"))
        .contains("-6.00", "6.00");

    JsonNode history = api.get(path + "/history", eve.token()).expect(200).json().get("items");
    assertThat(history.findValuesAsText("action"))
        .containsExactly("created", "updated", "deleted", "restored");
    JsonNode notes = history.get(1).get("changes").get(0);
    assertThat(notes.get("field").asText()).isEqualTo("notes");
    assertThat(notes.get("from").isNull()).isTrue();
    assertThat(notes.get("to").asText()).isEqualTo("oat milk");
    assertThat(history.get(0).get("actor_id").asText()).isEqualTo(ben.id().toString());
    assertThat(history.get(0).get("changes").findValuesAsText("field"))
        .contains("amount", "parts", "split");
  }

  @Test
  void activityIsNewestFirstFilteredPagedAndReadOnly() {
    Person ann = api.newPerson();
    Person ben = api.newPerson();
    String ws = api.newWorkspace("EUR", ann, Map.of(ben, "member"));
    api.post(ws + "/expenses", ben.token(), expense("3.00")).expect(201);
    api.patch(ws + "/members/" + ben.id(), ann.token(), "{\"role\":\"admin\"}").expect(200);

    JsonNode all = api.get(ws + "/activity", ben.token()).expect(200).json();
    assertThat(all.get("items").findValuesAsText("action"))
        .containsExactly("role_changed", "created", "created", "created", "created");
    assertThat(all.get("items").get(0).get("changes").get(0).get("to").asText()).isEqualTo("admin");
    JsonNode page = api.get(ws + "/activity?limit=2", ben.token()).expect(200).json();
    assertThat(page.get("items")).hasSize(2);
    JsonNode next =
        api.get(ws + "/activity?limit=10&cursor=" + page.get("next_cursor").asText(), ben.token())
            .expect(200)
            .json();
    assertThat(next.get("items")).hasSize(3);
    assertThat(next.get("next_cursor").isNull()).isTrue();
    assertThat(
            api.get(ws + "/activity?entity=expense", ben.token()).expect(200).json().get("items"))
        .hasSize(1);
    assertThat(
            api.get(ws + "/activity?actor=" + ben.id(), ben.token())
                .expect(200)
                .json()
                .get("items"))
        .hasSize(1);
    assertThat(api.get(ws + "/activity?entity=invoice", ben.token()).status()).isEqualTo(400);
    assertThat(api.get(ws + "/activity?from=2026-12-31&to=2026-01-01", ben.token()).status())
        .isEqualTo(400);
    assertThat(api.get(ws + "/activity?cursor=" + UUID.randomUUID(), ben.token()).status())
        .isEqualTo(400);
    // No route edits or deletes an entry.
    assertThat(api.delete(ws + "/activity", ann.token()).status()).isIn(404, 405);
  }

  @Test
  void aClientThatAppliesEveryPageOfChangesHasTheServersState() {
    Person ann = api.newPerson();
    Person ben = api.newPerson();
    String ws = api.newWorkspace("EUR", ann, Map.of(ben, "member"));
    List<String> expenses = new ArrayList<>();
    for (int i = 1; i <= 4; i++) {
      expenses.add(
          api.post(ws + "/expenses", ben.token(), expense(i + ".00"))
              .expect(201)
              .header("Location"));
    }
    Map<String, JsonNode> client = new HashMap<>();
    String token = sync(ws, ann, client, null);
    api.delete(expenses.get(0), ben.token()).expect(204);
    api.patch(expenses.get(1), ben.token(), "{\"category\":\"Fun\"}").expect(200);
    api.delete(ws + "/members/" + ben.id(), ann.token())
        .status(); // refused while Ben has a balance
    String settlement =
        api.post(
                ws + "/settlements",
                ann.token(),
                "{\"from_user_id\":\""
                    + ann.id()
                    + "\",\"to_user_id\":\""
                    + ben.id()
                    + "\",\"amount\":\"1\"}")
            .expect(201)
            .json()
            .get("id")
            .asText();
    token = sync(ws, ann, client, token);

    String gone = expenses.get(0).substring(expenses.get(0).lastIndexOf('/') + 1);
    String changed = expenses.get(1).substring(expenses.get(1).lastIndexOf('/') + 1);
    assertThat(client.get("expense/" + gone).get("deleted").asBoolean()).isTrue();
    assertThat(client.get("expense/" + changed).get("data").get("category").asText())
        .isEqualTo("Fun");
    assertThat(client.get("settlement/" + settlement).get("data").get("amount").asText())
        .isEqualTo("1.00");
    assertThat(client.get("member/" + ben.id()).get("data").get("role").asText())
        .isEqualTo("member");
    long live =
        client.values().stream()
            .filter(c -> c.get("type").asText().equals("expense") && !c.get("deleted").asBoolean())
            .count();
    assertThat(live)
        .isEqualTo(api.get(ws + "/expenses", ann.token()).expect(200).json().get("items").size());

    JsonNode quiet = api.get(ws + "/changes?since=" + token, ann.token()).expect(200).json();
    assertThat(quiet.get("changes")).isEmpty();
    assertThat(quiet.get("next").asText()).isEqualTo(token);
    assertThat(api.get(ws + "/changes?since=not-a-token", ann.token()).status()).isEqualTo(400);
    assertThat(api.get(ws + "/changes?limit=0", ann.token()).status()).isEqualTo(400);
  }

  private static String sync(String ws, Person who, Map<String, JsonNode> client, String since) {
    String token = since;
    while (true) {
      JsonNode page =
          api.get(ws + "/changes?limit=3" + (token == null ? "" : "&since=" + token), who.token())
              .expect(200)
              .json();
      page.get("changes")
          .forEach(c -> client.put(c.get("type").asText() + "/" + c.get("id").asText(), c));
      token = page.get("next").asText();
      if (!page.get("has_more").asBoolean()) {
        return token;
      }
    }
  }

  @Test
  void anotherWorkspacesMemberLearnsNothing() {
    Person ann = api.newPerson();
    Person mallory = api.newPerson();
    String ws = api.newWorkspace("EUR", ann, Map.of());
    api.newWorkspace("EUR", mallory, Map.of());
    String path =
        api.post(ws + "/expenses", ann.token(), expense("2.00")).expect(201).header("Location");
    api.delete(path, ann.token()).expect(204);

    for (Response r :
        List.of(
            api.get(ws + "/activity", mallory.token()),
            api.get(ws + "/changes", mallory.token()),
            api.get(path + "/history", mallory.token()),
            api.post(path + "/restore", mallory.token(), null),
            api.get(ws + "/expenses?deleted=true", mallory.token()))) {
      assertThat(r.status()).as(r.body()).isEqualTo(404);
      assertThat(r.json().get("detail").asText()).isEqualTo("Workspace not found");
    }
    assertThat(api.get(ws + "/expenses?deleted=true", ann.token()).expect(200).json().get("items"))
        .hasSize(1);
  }
}
