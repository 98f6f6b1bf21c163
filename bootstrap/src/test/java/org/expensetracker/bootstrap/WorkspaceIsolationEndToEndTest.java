package org.expensetracker.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;
import static org.expensetracker.bootstrap.testing.ApiClient.json;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.expensetracker.adapters.persistence.testing.PostgresTest;
import org.expensetracker.adapters.persistence.testing.TestDatabase;
import org.expensetracker.bootstrap.testing.ApiClient;
import org.expensetracker.bootstrap.testing.ApiClient.Response;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Two owners, two workspaces: each tries every workspace route against the other's ids and gets the
 * 404 of a workspace that does not exist, and nothing changes. Deleting a workspace removes every
 * row that belongs to it, in every table, and nothing else.
 */
@PostgresTest
class WorkspaceIsolationEndToEndTest {
  private static ApiClient api;

  @BeforeAll
  static void start() {
    api = ApiClient.start();
  }

  @AfterAll
  static void stop() {
    api.close();
  }

  /** An owner with a workspace, one member in it and one expense. */
  record Side(String token, UUID user, String ws, UUID member, String memberToken, String expense) {
    String path(String suffix) {
      return "/api/v1/workspaces/" + ws + suffix;
    }
  }

  static Side side() {
    String token = api.newUser();
    String memberEmail = "iso-" + UUID.randomUUID() + "@example.com";
    String memberToken = api.newUser(memberEmail);
    String ws =
        api.post("/api/v1/workspaces", token, json("name", "Mine", "currency", "EUR"))
            .expect(201)
            .json()
            .get("id")
            .asText();
    api.post(
            "/api/v1/workspaces/" + ws + "/members",
            token,
            json("email", memberEmail, "role", "admin"))
        .expect(201);
    String expense =
        api.post(
                "/api/v1/workspaces/" + ws + "/expenses",
                token,
                json(
                    "amount", "10.00",
                    "description", "Taxi",
                    "category", "travel",
                    "spent_at", "2026-11-20"))
            .expect(201)
            .json()
            .get("id")
            .asText();
    return new Side(token, api.userId(token), ws, api.userId(memberToken), memberToken, expense);
  }

  /** Everything the owner can read of their workspace. */
  static String state(Side s) {
    return api.get(s.path(""), s.token()).body()
        + api.get(s.path("/members"), s.token()).body()
        + api.get(s.path("/expenses"), s.token()).body();
  }

  /** Every workspace route with the victim's ids, by the attacker. */
  static List<Response> attack(Side attacker, Side victim) {
    String t = attacker.token();
    List<Response> responses = new ArrayList<>();
    responses.add(api.get(victim.path(""), t));
    responses.add(api.patch(victim.path(""), t, json("name", "Pwned")));
    responses.add(api.patch(victim.path(""), t, json("currency", "JPY")));
    responses.add(api.delete(victim.path(""), t));
    responses.add(api.get(victim.path("/members"), t));
    responses.add(
        api.post(
            victim.path("/members"),
            t,
            json("email", "iso-" + UUID.randomUUID() + "@example.com", "role", "admin")));
    for (UUID id : List.of(victim.member(), victim.user(), attacker.user())) {
      responses.add(api.get(victim.path("/members/" + id), t));
      responses.add(api.patch(victim.path("/members/" + id), t, json("role", "viewer")));
      responses.add(api.delete(victim.path("/members/" + id), t));
      responses.add(
          api.post(victim.path("/transfer-ownership"), t, json("user_id", id.toString())));
    }
    // Lists read with the membership (by category, text) and after it (by payer, deleted ones).
    for (String list :
        List.of(
            "",
            "?category=Food",
            "?q=dinner",
            "?paid_by=" + victim.user(),
            "?deleted=true",
            "?min_amount=1")) {
      responses.add(api.get(victim.path("/expenses" + list), t));
    }
    responses.add(api.get(victim.path("/expenses/" + victim.expense()), t));
    // The victim's ids under the attacker's own workspace are not found either.
    for (UUID id : List.of(victim.member(), victim.user())) {
      responses.add(api.get(attacker.path("/members/" + id), t));
      responses.add(api.patch(attacker.path("/members/" + id), t, json("role", "viewer")));
      responses.add(api.delete(attacker.path("/members/" + id), t));
      responses.add(
          api.post(attacker.path("/transfer-ownership"), t, json("user_id", id.toString())));
    }
    responses.add(api.get(attacker.path("/expenses/" + victim.expense()), t));
    return responses;
  }

  @Test
  void eachOwnerGets404ForEveryRouteOnTheOthersIdsAndNothingChanges() {
    Side a = side();
    Side b = side();
    String aBefore = state(a);
    String bBefore = state(b);

    List<Response> responses = new ArrayList<>(attack(a, b));
    responses.addAll(attack(b, a));

    assertThat(responses).hasSizeGreaterThan(40);
    assertThat(responses).allSatisfy(r -> assertThat(r.status()).as(r.body()).isEqualTo(404));
    assertThat(state(a)).isEqualTo(aBefore);
    assertThat(state(b)).isEqualTo(bBefore);
    assertThat(api.get("/api/v1/workspaces", a.token()).json().get("items").findValuesAsText("id"))
        .containsExactly(a.ws());
  }

  @Test
  void aHiddenWorkspaceAnswersExactlyLikeAMissingOne() {
    Side a = side();
    Side b = side();
    String missing = "/api/v1/workspaces/" + UUID.randomUUID();

    for (String suffix :
        List.of(
            "",
            "/members",
            "/members/" + b.member(),
            "/expenses",
            "/expenses?category=Food",
            "/expenses?paid_by=" + b.user())) {
      Response hidden = api.get(b.path(suffix), a.token());
      Response absent = api.get(missing + suffix, a.token());
      assertThat(hidden.status()).isEqualTo(absent.status()).isEqualTo(404);
      assertThat(AuthEndToEndTest.withoutRequestId(hidden.body()))
          .isEqualTo(AuthEndToEndTest.withoutRequestId(absent.body()));
    }
  }

  @Test
  void deletingAWorkspaceRemovesEveryRowThatBelongsToItAndNothingElse() throws SQLException {
    Side doomed = side();
    Side bystander = side();
    List<String> tables = tablesWithWorkspaceId();
    assertThat(tables).contains("workspace_members", "expenses");
    assertThat(rowsOf(doomed.ws(), tables)).isPositive();
    long bystanderRows = rowsOf(bystander.ws(), tables);

    api.delete(doomed.path(""), doomed.token()).expect(204);

    assertThat(rowsOf(doomed.ws(), tables)).isZero();
    assertThat(count("select count(*) from workspaces where id = ?", doomed.ws())).isZero();
    assertThat(rowsOf(bystander.ws(), tables)).isEqualTo(bystanderRows);
    assertThat(api.get(doomed.path(""), doomed.token()).status()).isEqualTo(404);
    assertThat(api.get(doomed.path(""), doomed.memberToken()).status()).isEqualTo(404);
    assertThat(api.get("/api/v1/workspaces", doomed.memberToken()).json().get("items")).isEmpty();
  }

  /** Every table that has a workspace_id column (so tables added later are checked too). */
  static List<String> tablesWithWorkspaceId() throws SQLException {
    List<String> tables = new ArrayList<>();
    try (Connection c = TestDatabase.postgres().getPostgresDatabase().getConnection();
        PreparedStatement s =
            c.prepareStatement(
                "select table_name from information_schema.columns"
                    + " where table_schema = 'public' and column_name = 'workspace_id'");
        ResultSet rs = s.executeQuery()) {
      while (rs.next()) {
        tables.add(rs.getString(1));
      }
    }
    return tables;
  }

  static long rowsOf(String ws, List<String> tables) throws SQLException {
    long rows = 0;
    for (String table : tables) {
      rows += count("select count(*) from \"" + table + "\" where workspace_id = ?", ws);
    }
    return rows;
  }

  static long count(String query, String ws) throws SQLException {
    try (Connection c = TestDatabase.postgres().getPostgresDatabase().getConnection();
        PreparedStatement s = c.prepareStatement(query)) {
      s.setObject(1, UUID.fromString(ws));
      try (ResultSet rs = s.executeQuery()) {
        rs.next();
        return rs.getLong(1);
      }
    }
  }
}
