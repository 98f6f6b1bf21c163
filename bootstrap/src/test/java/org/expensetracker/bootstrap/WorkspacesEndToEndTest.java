package org.expensetracker.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;
import static org.expensetracker.bootstrap.testing.ApiClient.json;

import java.util.UUID;
import org.expensetracker.adapters.persistence.testing.PostgresTest;
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
}
