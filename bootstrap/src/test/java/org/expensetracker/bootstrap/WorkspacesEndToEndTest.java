package org.expensetracker.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;
import static org.expensetracker.bootstrap.testing.ApiClient.json;

import java.util.UUID;
import org.expensetracker.adapters.persistence.testing.PostgresTest;
import org.expensetracker.adapters.persistence.testing.TestDatabase;
import org.expensetracker.bootstrap.testing.ApiClient;
import org.expensetracker.bootstrap.testing.ApiClient.Response;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Creating workspaces and adding members over HTTP, with the isolation and role rules. */
@PostgresTest
class WorkspacesEndToEndTest {
  private static ApiClient api;

  @BeforeAll
  static void start() {
    api = ApiClient.start();
  }

  @AfterAll
  static void stop() {
    api.close();
  }

  private static String email() {
    return "ws-" + UUID.randomUUID() + "@example.com";
  }

  private static String createWorkspace(String token, String body) {
    Response created = api.post("/api/v1/workspaces", token, body).expect(201);
    assertThat(created.header("Location"))
        .isEqualTo("/api/v1/workspaces/" + created.json().get("id").asText());
    return created.json().get("id").asText();
  }

  @Test
  void theCreatorBecomesOwnerAndSeesTheWorkspaceInTheirList() {
    String owner = api.newUser();
    String id = createWorkspace(owner, json("name", "  Flat 3B  ", "currency", "EUR"));

    Response got = api.get("/api/v1/workspaces/" + id, owner).expect(200);
    assertThat(got.json().get("name").asText()).isEqualTo("Flat 3B");
    assertThat(got.json().get("currency").asText()).isEqualTo("EUR");
    assertThat(got.json().get("role").asText()).isEqualTo("owner");
    assertThat(
            api.get("/api/v1/workspaces", owner)
                .expect(200)
                .json()
                .get("items")
                .findValuesAsText("id"))
        .containsExactly(id);
  }

  @Test
  void currencyDefaultsToUsdAndBadInputListsEveryField() {
    String owner = api.newUser();
    String id = createWorkspace(owner, json("name", "Trip"));
    assertThat(api.get("/api/v1/workspaces/" + id, owner).json().get("currency").asText())
        .isEqualTo("USD");

    Response bad = api.post("/api/v1/workspaces", owner, json("name", " ", "currency", "XYZ"));
    assertThat(bad.status()).isEqualTo(400);
    assertThat(bad.json().get("errors").findValuesAsText("field"))
        .containsExactlyInAnyOrder("name", "currency");
    assertThat(api.post("/api/v1/workspaces", owner, json("name", "x".repeat(101))).status())
        .isEqualTo(400);
  }

  @Test
  void anAddedMemberCanRecordAnExpenseAndIsListed() {
    String owner = api.newUser();
    String memberEmail = email();
    String member = api.newUser(memberEmail);
    String id = createWorkspace(owner, json("name", "House"));

    Response added =
        api.post(
                "/api/v1/workspaces/" + id + "/members",
                owner,
                json("email", memberEmail.toUpperCase(), "role", "member"))
            .expect(201);
    assertThat(added.json().get("role").asText()).isEqualTo("member");
    assertThat(added.json().get("user_id").asText()).isEqualTo(api.userId(member).toString());

    api.post(
            "/api/v1/workspaces/" + id + "/expenses",
            member,
            json(
                "amount",
                "12.50",
                "description",
                "Milk",
                "category",
                "food",
                "spent_at",
                "2026-11-20"))
        .expect(201);
    assertThat(
            api.get("/api/v1/workspaces/" + id + "/members", member)
                .expect(200)
                .json()
                .get("items")
                .findValuesAsText("role"))
        .containsExactly("owner", "member");
  }

  @Test
  void aNonMemberGetsTheSame404AsForAWorkspaceThatDoesNotExist() {
    String owner = api.newUser();
    String stranger = api.newUser();
    String id = createWorkspace(owner, json("name", "Private"));

    Response hidden = api.get("/api/v1/workspaces/" + id, stranger);
    Response missing = api.get("/api/v1/workspaces/" + UUID.randomUUID(), stranger);
    assertThat(hidden.status()).isEqualTo(404);
    assertThat(missing.status()).isEqualTo(404);
    assertThat(hidden.json().get("detail")).isEqualTo(missing.json().get("detail"));
    assertThat(api.get("/api/v1/workspaces/" + id + "/members", stranger).status()).isEqualTo(404);
    assertThat(
            api.post(
                    "/api/v1/workspaces/" + id + "/members",
                    stranger,
                    json("email", email(), "role", "member"))
                .status())
        .isEqualTo(404);
    assertThat(api.get("/api/v1/workspaces/not-a-uuid", stranger).status()).isEqualTo(404);
    assertThat(api.get("/api/v1/workspaces", stranger).json().get("items")).isEmpty();
  }

  @Test
  void aViewerMayNotAddMembersAndOwnershipIsNeverGranted() {
    String owner = api.newUser();
    String viewerEmail = email();
    String viewer = api.newUser(viewerEmail);
    String id = createWorkspace(owner, json("name", "Club"));
    api.post(
            "/api/v1/workspaces/" + id + "/members",
            owner,
            json("email", viewerEmail, "role", "viewer"))
        .expect(201);

    assertThat(
            api.post(
                    "/api/v1/workspaces/" + id + "/members",
                    viewer,
                    json("email", email(), "role", "member"))
                .status())
        .isEqualTo(403);
    String other = email();
    api.newUser(other);
    assertThat(
            api.post(
                    "/api/v1/workspaces/" + id + "/members",
                    owner,
                    json("email", other, "role", "owner"))
                .status())
        .isEqualTo(400);
  }

  @Test
  void unknownUsersAreNotFoundAndDuplicatesConflict() {
    String owner = api.newUser();
    String memberEmail = email();
    api.newUser(memberEmail);
    String id = createWorkspace(owner, json("name", "Team"));

    assertThat(
            api.post(
                    "/api/v1/workspaces/" + id + "/members",
                    owner,
                    json("email", email(), "role", "member"))
                .status())
        .isEqualTo(404);
    api.post(
            "/api/v1/workspaces/" + id + "/members",
            owner,
            json("email", memberEmail, "role", "member"))
        .expect(201);
    assertThat(
            api.post(
                    "/api/v1/workspaces/" + id + "/members",
                    owner,
                    json("email", memberEmail, "role", "admin"))
                .status())
        .isEqualTo(409);
  }

  private static String addMember(String ws, String token, String email, String role) {
    return api.post(
            "/api/v1/workspaces/" + ws + "/members", token, json("email", email, "role", role))
        .expect(201)
        .json()
        .get("user_id")
        .asText();
  }

  @Test
  void anUnverifiedUserCannotBeAddedYet() throws Exception {
    String owner = api.newUser();
    String id = createWorkspace(owner, json("name", "Team"));
    String unverified = email();
    try (var c = TestDatabase.postgres().getPostgresDatabase().getConnection();
        var s =
            c.prepareStatement(
                "insert into users (id, email, full_name, password_hash, is_verified, created_at,"
                    + " password_changed_at) values (?, ?, 'Not Yet', 'x', false, now(), now())")) {
      s.setObject(1, UUID.randomUUID());
      s.setString(2, unverified);
      s.executeUpdate();
    }

    Response r =
        api.post(
            "/api/v1/workspaces/" + id + "/members",
            owner,
            json("email", unverified, "role", "member"));

    assertThat(r.status()).isEqualTo(409);
    assertThat(r.json().get("type").asText()).endsWith("user-not-verified");
  }

  @Test
  void anAddedMemberIsAtItsLocation() {
    String owner = api.newUser();
    String memberEmail = email();
    api.newUser(memberEmail);
    String id = createWorkspace(owner, json("name", "Team"));

    Response added =
        api.post(
                "/api/v1/workspaces/" + id + "/members",
                owner,
                json("email", memberEmail, "role", "viewer"))
            .expect(201);
    Response got = api.get(added.header("Location"), owner).expect(200);

    assertThat(got.json()).isEqualTo(added.json());
    assertThat(got.json().get("email").asText()).isEqualTo(memberEmail);
    assertThat(got.json().get("full_name").asText()).isEqualTo("Test User");
    assertThat(got.json().has("joined_at")).isTrue();
    assertThat(api.get("/api/v1/workspaces/" + id + "/members/not-a-uuid", owner).status())
        .isEqualTo(404);
  }

  @Test
  void renamingAndTheCurrencyUntilTheFirstExpense() {
    String owner = api.newUser();
    String id = createWorkspace(owner, json("name", "Trip"));
    String path = "/api/v1/workspaces/" + id;

    Response patched =
        api.patch(path, owner, json("name", " Trip 2 ", "currency", "JPY")).expect(200);
    assertThat(patched.json().get("name").asText()).isEqualTo("Trip 2");
    assertThat(patched.json().get("currency").asText()).isEqualTo("JPY");
    api.patch(path, owner, json("currency", "EUR")).expect(200);
    api.post(
            path + "/expenses",
            owner,
            json(
                "amount",
                "3.50",
                "description",
                "Tea",
                "category",
                "food",
                "spent_at",
                "2026-11-20"))
        .expect(201);

    Response fixed = api.patch(path, owner, json("currency", "USD"));
    assertThat(fixed.status()).isEqualTo(409);
    assertThat(fixed.json().get("type").asText()).endsWith("currency-fixed");
    api.patch(path, owner, json("currency", "EUR", "name", "Same currency")).expect(200);
    assertThat(api.get(path, owner).json().get("currency").asText()).isEqualTo("EUR");
  }

  @Test
  void aPatchMustChangeSomethingAndCannotSetReadOnlyFields() {
    String owner = api.newUser();
    String path = "/api/v1/workspaces/" + createWorkspace(owner, json("name", "Trip"));

    assertThat(api.patch(path, owner, "{}").status()).isEqualTo(400);
    for (String field : new String[] {"id", "created_at", "role", "version", "workspace_id"}) {
      Response r = api.patch(path, owner, "{\"name\":\"x\",\"" + field + "\":\"1\"}");
      assertThat(r.status()).isEqualTo(400);
      assertThat(r.json().get("errors").findValuesAsText("field")).containsExactly(field);
    }
    assertThat(api.patch(path, owner, json("currency", "usd")).status()).isEqualTo(400);
    assertThat(api.get(path, owner).json().get("name").asText()).isEqualTo("Trip");
  }

  @Test
  void theOwnerHandsOnOwnershipBecomesAdminAndMayThenLeave() {
    String owner = api.newUser();
    String heirEmail = email();
    String heir = api.newUser(heirEmail);
    String id = createWorkspace(owner, json("name", "Club"));
    String heirId = addMember(id, owner, heirEmail, "viewer");
    String path = "/api/v1/workspaces/" + id;
    String ownerId = api.userId(owner).toString();

    Response leaving = api.delete(path + "/members/" + ownerId, owner);
    assertThat(leaving.status()).isEqualTo(409);
    assertThat(leaving.json().get("type").asText()).endsWith("owner-cannot-leave");

    Response transferred =
        api.post(path + "/transfer-ownership", owner, json("user_id", heirId)).expect(200);
    assertThat(transferred.json().get("role").asText()).isEqualTo("admin");
    assertThat(api.get(path, heir).json().get("role").asText()).isEqualTo("owner");

    api.delete(path + "/members/" + ownerId, owner).expect(204);
    assertThat(api.get(path, owner).status()).isEqualTo(404);
    assertThat(api.get(path + "/members", heir).json().get("items").findValuesAsText("role"))
        .containsExactly("owner");
  }

  @Test
  void aTransferNamesAValidUserId() {
    String owner = api.newUser();
    String path = "/api/v1/workspaces/" + createWorkspace(owner, json("name", "Club"));

    Response malformed = api.post(path + "/transfer-ownership", owner, json("user_id", "nope"));
    Response missing = api.post(path + "/transfer-ownership", owner, "{}");
    Response stranger =
        api.post(
            path + "/transfer-ownership", owner, json("user_id", UUID.randomUUID().toString()));

    assertThat(malformed.status()).isEqualTo(400);
    assertThat(malformed.json().get("errors").findValuesAsText("field")).containsExactly("user_id");
    assertThat(missing.status()).isEqualTo(400);
    assertThat(stranger.status()).isEqualTo(404);
  }

  @Test
  void aDemotedOrRemovedMembersTokenLosesAccessOnTheNextRequest() {
    String owner = api.newUser();
    String adminEmail = email();
    String admin = api.newUser(adminEmail);
    String id = createWorkspace(owner, json("name", "Club"));
    String adminId = addMember(id, owner, adminEmail, "admin");
    String path = "/api/v1/workspaces/" + id;
    String someone = email();
    api.newUser(someone);

    api.patch(path + "/members/" + adminId, owner, json("role", "viewer")).expect(200);
    assertThat(
            api.post(path + "/members", admin, json("email", someone, "role", "member")).status())
        .isEqualTo(403);

    api.delete(path + "/members/" + adminId, owner).expect(204);
    assertThat(api.get(path, admin).status()).isEqualTo(404);
    assertThat(api.get(path + "/members", admin).status()).isEqualTo(404);
  }
}
