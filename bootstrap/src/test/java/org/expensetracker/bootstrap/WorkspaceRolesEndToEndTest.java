package org.expensetracker.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;
import static org.expensetracker.bootstrap.testing.ApiClient.json;

import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Stream;
import org.expensetracker.adapters.persistence.testing.PostgresTest;
import org.expensetracker.bootstrap.testing.ApiClient;
import org.expensetracker.bootstrap.testing.ApiClient.Response;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The full role × action matrix over HTTP: every workspace route, tried by an owner, an admin, a
 * member, a viewer and a stranger, on a fresh workspace each time. A refused request changes
 * nothing.
 */
@PostgresTest
class WorkspaceRolesEndToEndTest {
  private static ApiClient api;
  private static Person owner;
  private static Person actor;
  private static Person adminTarget;
  private static Person memberTarget;
  private static Person newcomer;
  private static Person stranger;

  /**
   * Expected status per action for owner, admin, member, viewer, stranger. Written by hand from the
   * issue's role table, not derived from the code.
   */
  private static final String MATRIX =
      """
      GET_WORKSPACE       200 200 200 200 404
      RENAME              200 200 403 403 404
      CHANGE_CURRENCY     200 200 403 403 404
      DELETE_WORKSPACE    204 403 403 403 404
      LIST_MEMBERS        200 200 200 200 404
      GET_MEMBER          200 200 200 200 404
      ADD_MEMBER          201 201 403 403 404
      SET_MEMBER_ROLE     200 200 403 403 404
      PROMOTE_TO_ADMIN    200 200 403 403 404
      DEMOTE_ADMIN        200 403 403 403 404
      REMOVE_MEMBER       204 204 403 403 404
      REMOVE_ADMIN        204 403 403 403 404
      REMOVE_OWNER        409 403 403 403 404
      LEAVE               409 204 204 204 404
      CHANGE_OWN_ROLE     409 200 403 403 404
      CHANGE_OWNER_ROLE   409 403 403 403 404
      TRANSFER_OWNERSHIP  200 403 403 403 404
      CREATE_EXPENSE      201 201 201 403 404
      LIST_EXPENSES       200 200 200 200 404
      """;

  private static final List<String> ROLES =
      List.of("owner", "admin", "member", "viewer", "stranger");

  /** A user of the running server. */
  record Person(String token, UUID id, String email) {}

  /** One case's workspace and who acts in it. */
  record Cast(String ws, Person actor) {
    String path(String suffix) {
      return "/api/v1/workspaces/" + ws + suffix;
    }

    String token() {
      return actor.token();
    }
  }

  /** Every workspace route, as one request of the actor. */
  enum Act {
    GET_WORKSPACE(c -> api.get(c.path(""), c.token())),
    RENAME(c -> api.patch(c.path(""), c.token(), json("name", "Renamed"))),
    CHANGE_CURRENCY(c -> api.patch(c.path(""), c.token(), json("currency", "EUR"))),
    DELETE_WORKSPACE(c -> api.delete(c.path(""), c.token())),
    LIST_MEMBERS(c -> api.get(c.path("/members"), c.token())),
    GET_MEMBER(c -> api.get(c.path("/members/" + memberTarget.id()), c.token())),
    ADD_MEMBER(
        c ->
            api.post(
                c.path("/members"), c.token(), json("email", newcomer.email(), "role", "viewer"))),
    SET_MEMBER_ROLE(
        c -> api.patch(c.path("/members/" + memberTarget.id()), c.token(), json("role", "viewer"))),
    PROMOTE_TO_ADMIN(
        c -> api.patch(c.path("/members/" + memberTarget.id()), c.token(), json("role", "admin"))),
    DEMOTE_ADMIN(
        c -> api.patch(c.path("/members/" + adminTarget.id()), c.token(), json("role", "member"))),
    REMOVE_MEMBER(c -> api.delete(c.path("/members/" + memberTarget.id()), c.token())),
    REMOVE_ADMIN(c -> api.delete(c.path("/members/" + adminTarget.id()), c.token())),
    REMOVE_OWNER(c -> api.delete(c.path("/members/" + owner.id()), c.token())),
    LEAVE(c -> api.delete(c.path("/members/" + c.actor().id()), c.token())),
    CHANGE_OWN_ROLE(
        c -> api.patch(c.path("/members/" + c.actor().id()), c.token(), json("role", "viewer"))),
    CHANGE_OWNER_ROLE(
        c -> api.patch(c.path("/members/" + owner.id()), c.token(), json("role", "admin"))),
    TRANSFER_OWNERSHIP(
        c ->
            api.post(
                c.path("/transfer-ownership"),
                c.token(),
                json("user_id", memberTarget.id().toString()))),
    CREATE_EXPENSE(
        c ->
            api.post(
                c.path("/expenses"),
                c.token(),
                json(
                    "amount", "12.50",
                    "description", "Groceries",
                    "category", "food",
                    "spent_at", "2026-11-20"))),
    LIST_EXPENSES(c -> api.get(c.path("/expenses"), c.token()));

    private final Function<Cast, Response> request;

    Act(Function<Cast, Response> request) {
      this.request = request;
    }
  }

  @BeforeAll
  static void start() {
    api = ApiClient.start();
    owner = person();
    actor = person();
    adminTarget = person();
    memberTarget = person();
    newcomer = person();
    stranger = person();
  }

  @AfterAll
  static void stop() {
    api.close();
  }

  static Person person() {
    String email = "matrix-" + UUID.randomUUID() + "@example.com";
    String token = api.newUser(email);
    return new Person(token, api.userId(token), email);
  }

  static Stream<Arguments> matrix() {
    return MATRIX
        .lines()
        .map(String::trim)
        .filter(line -> !line.isEmpty())
        .flatMap(
            line -> {
              String[] cells = line.split("\\s+");
              Act act = Act.valueOf(cells[0]);
              return ROLES.stream()
                  .map(
                      role ->
                          Arguments.of(
                              act, role, Integer.parseInt(cells[1 + ROLES.indexOf(role)])));
            });
  }

  @ParameterizedTest(name = "{1} {0} → {2}")
  @MethodSource("matrix")
  void eachRoleGetsExactlyWhatTheTableSays(Act act, String role, int expected) {
    Cast cast = cast(role);
    String before = state(cast.ws());

    Response response = act.request.apply(cast);

    assertThat(response.status()).as(response.body()).isEqualTo(expected);
    if (expected >= 400) {
      assertThat(response.header("Content-Type")).startsWith("application/problem+json");
      assertThat(state(cast.ws())).as("a refused request changes nothing").isEqualTo(before);
    }
  }

  @org.junit.jupiter.api.Test
  void theMatrixCoversEveryActionOnce() {
    assertThat(matrix().map(a -> a.get()[0]).distinct())
        .containsExactlyInAnyOrder((Object[]) Act.values());
    assertThat(Arrays.stream(Act.values())).hasSize((int) MATRIX.lines().count());
  }

  /** A fresh workspace: the owner, an admin and a member as targets, the actor with the role. */
  static Cast cast(String role) {
    String ws =
        api.post("/api/v1/workspaces", owner.token(), json("name", "Matrix"))
            .expect(201)
            .json()
            .get("id")
            .asText();
    add(ws, adminTarget, "admin");
    add(ws, memberTarget, "member");
    Person who =
        switch (role) {
          case "owner" -> owner;
          case "stranger" -> stranger;
          default -> {
            add(ws, actor, role);
            yield actor;
          }
        };
    return new Cast(ws, who);
  }

  static void add(String ws, Person person, String role) {
    api.post(
            "/api/v1/workspaces/" + ws + "/members",
            owner.token(),
            json("email", person.email(), "role", role))
        .expect(201);
  }

  /** Everything the owner sees of the workspace: itself, its members, its expenses. */
  static String state(String ws) {
    String base = "/api/v1/workspaces/" + ws;
    return api.get(base, owner.token()).body()
        + api.get(base + "/members", owner.token()).body()
        + api.get(base + "/expenses", owner.token()).body();
  }
}
