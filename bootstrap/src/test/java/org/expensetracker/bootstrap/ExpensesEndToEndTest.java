package org.expensetracker.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicBoolean;
import org.expensetracker.adapters.persistence.testing.PostgresTest;
import org.expensetracker.adapters.persistence.testing.TestDatabase;
import org.expensetracker.bootstrap.testing.ApiClient;
import org.expensetracker.bootstrap.testing.ApiClient.Response;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Expenses over HTTP on the real server and PostgreSQL, with real tokens: roles, idempotent
 * retries, optimistic concurrency under racing writers, pagination while rows are inserted, summary
 * totals, and isolation between workspaces. Workspaces and memberships are inserted with SQL.
 */
@PostgresTest
class ExpensesEndToEndTest {
  private static ApiClient api;
  private static final ExecutorService pool = Executors.newFixedThreadPool(4);

  @BeforeAll
  static void start() {
    api = ApiClient.start();
  }

  @AfterAll
  static void stop() {
    pool.shutdownNow();
    api.close();
  }

  /** A user of the running server: token and id. */
  record Person(String token, UUID id) {}

  static Person person() {
    String token = api.newUser();
    return new Person(token, api.userId(token));
  }

  /** A workspace in USD with an owner; further members via {@link #member}. */
  static UUID workspace(Person owner) {
    UUID id = UUID.randomUUID();
    // One statement: a workspace must have its owner when the transaction commits.
    sql(
        "with w as (insert into workspaces (id, name, currency, created_at)"
            + " values (?, 'Trip', 'USD', now()) returning id)"
            + " insert into workspace_members (workspace_id, user_id, role, joined_at)"
            + " select id, ?, 'owner', now() from w",
        id,
        owner.id());
    return id;
  }

  /** As {@link #workspace(Person)}, with {@code member} as a member. */
  static UUID workspace(Person owner, Person member) {
    UUID id = workspace(owner);
    member(id, member, "member");
    return id;
  }

  static void member(UUID workspace, Person person, String role) {
    sql(
        "insert into workspace_members (workspace_id, user_id, role, joined_at) values (?, ?, ?, now())",
        workspace,
        person.id(),
        role);
  }

  static void sql(String statement, Object... params) {
    try (Connection c = TestDatabase.postgres().getPostgresDatabase().getConnection();
        PreparedStatement s = c.prepareStatement(statement)) {
      for (int i = 0; i < params.length; i++) {
        s.setObject(i + 1, params[i]);
      }
      s.executeUpdate();
    } catch (SQLException e) {
      throw new IllegalStateException(e);
    }
  }

  static String expenses(UUID workspace) {
    return "/api/v1/workspaces/" + workspace + "/expenses";
  }

  static String body(String amount, String category) {
    return "{\"amount\":\""
        + amount
        + "\",\"description\":\"Dinner\",\"category\":\""
        + category
        + "\",\"spent_at\":\"2026-11-05\"}";
  }

  static Response create(Person who, UUID workspace, String amount) {
    return api.post(expenses(workspace), who.token(), body(amount, "Food"));
  }

  static String location(Response created) {
    return created.expect(201).header("Location");
  }

  private List<Object> race(Callable<Object> a, Callable<Object> b) throws Exception {
    CyclicBarrier start = new CyclicBarrier(2);
    List<Future<Object>> futures = new ArrayList<>();
    for (Callable<Object> task : List.of(a, b)) {
      futures.add(
          pool.submit(
              () -> {
                start.await();
                return task.call();
              }));
    }
    List<Object> results = new ArrayList<>();
    for (Future<Object> f : futures) {
      results.add(f.get());
    }
    return results;
  }

  @Test
  void viewerCannotCreateMemberChangesOnlyOwnAdminChangesAny() {
    Person owner = person();
    Person admin = person();
    Person alice = person();
    Person bob = person();
    Person viewer = person();
    UUID ws = workspace(owner);
    member(ws, admin, "admin");
    member(ws, alice, "member");
    member(ws, bob, "member");
    member(ws, viewer, "viewer");

    assertThat(create(viewer, ws, "1.00").status()).isEqualTo(403);
    String alices = location(create(alice, ws, "10.00"));

    assertThat(api.get(alices, viewer.token()).status()).isEqualTo(200);
    assertThat(api.patch(alices, alice.token(), "{\"category\":\"Own\"}").status()).isEqualTo(200);
    assertThat(api.patch(alices, bob.token(), "{\"category\":\"Bob\"}").status()).isEqualTo(403);
    assertThat(api.delete(alices, bob.token()).status()).isEqualTo(403);
    assertThat(api.patch(alices, viewer.token(), "{\"category\":\"V\"}").status()).isEqualTo(403);
    assertThat(api.patch(alices, admin.token(), "{\"category\":\"Admin\"}").status())
        .isEqualTo(200);
    assertThat(api.patch(alices, owner.token(), "{\"category\":\"Owner\"}").status())
        .isEqualTo(200);
    assertThat(api.get(alices, alice.token()).json().get("category").asText()).isEqualTo("Owner");
    assertThat(api.delete(alices, admin.token()).status()).isEqualTo(204);
    assertThat(api.get(alices, alice.token()).status()).isEqualTo(404);
  }

  @Test
  void aRetriedCreateWithTheSameKeyReplaysTheFirstResponseAndStoresOneExpense() {
    Person alice = person();
    UUID ws = workspace(alice);
    String key = "order-" + UUID.randomUUID();

    Response first =
        api.send(
            "POST", expenses(ws), alice.token(), body("42.50", "Food"), "Idempotency-Key", key);
    Response retry =
        api.send(
            "POST", expenses(ws), alice.token(), body("42.50", "Food"), "Idempotency-Key", key);
    Response different =
        api.send(
            "POST", expenses(ws), alice.token(), body("42.51", "Food"), "Idempotency-Key", key);

    assertThat(first.status()).isEqualTo(201);
    assertThat(retry.status()).isEqualTo(201);
    assertThat(retry.json().get("id")).isEqualTo(first.json().get("id"));
    assertThat(retry.header("Location")).isEqualTo(first.header("Location"));
    assertThat(different.status()).isEqualTo(422);
    assertThat(api.get(expenses(ws), alice.token()).json().get("items")).hasSize(1);
  }

  @Test
  void aRemovedMemberRepeatingAKeyedCreateGetsANonMembers404NotTheStoredResponse() {
    Person owner = person();
    Person alice = person();
    UUID ws = workspace(owner, alice);
    String key = "order-" + UUID.randomUUID();
    // Paid and shared by Alice alone: her balance stays zero, so she may be removed.
    String taxi =
        "{\"amount\":\"5.00\",\"description\":\"Taxi\",\"category\":\"Travel\","
            + "\"spent_at\":\"2026-11-05\",\"split\":{\"mode\":\"equal\",\"shares\":"
            + "[{\"user_id\":\""
            + alice.id()
            + "\"}]}}";
    api.send("POST", expenses(ws), alice.token(), taxi, "Idempotency-Key", key).expect(201);
    api.delete("/api/v1/workspaces/" + ws + "/members/" + alice.id(), owner.token()).expect(204);

    Response repeated = api.send("POST", expenses(ws), alice.token(), taxi, "Idempotency-Key", key);
    Response stranger =
        api.send("POST", expenses(ws), person().token(), taxi, "Idempotency-Key", key);

    assertThat(repeated.status()).isEqualTo(404);
    assertThat(repeated.header("Idempotent-Replayed")).isNull();
    assertThat(repeated.json().get("type")).isEqualTo(stranger.json().get("type"));
    assertThat(api.get(expenses(ws), owner.token()).json().get("items")).hasSize(1);
  }

  @Test
  void twoConcurrentDuplicatesWithOneKeyCreateOneExpense() throws Exception {
    Person alice = person();
    UUID ws = workspace(alice);
    String key = UUID.randomUUID().toString();
    Callable<Object> post =
        () ->
            api.send(
                "POST", expenses(ws), alice.token(), body("9.99", "Food"), "Idempotency-Key", key);

    List<Object> results = race(post, post);

    Response a = (Response) results.get(0);
    Response b = (Response) results.get(1);
    assertThat(a.status()).isEqualTo(201);
    assertThat(b.status()).isEqualTo(201);
    assertThat(a.json().get("id")).isEqualTo(b.json().get("id"));
    assertThat(api.get(expenses(ws), alice.token()).json().get("items")).hasSize(1);
  }

  @Test
  void twoPatchesFromTheSameETagGiveOne200AndOne412() throws Exception {
    Person alice = person();
    UUID ws = workspace(alice);
    for (int round = 0; round < 5; round++) {
      Response created = create(alice, ws, "10.00");
      String loc = location(created);
      String etag = created.header("ETag");

      List<Object> results =
          race(
              () -> api.send("PATCH", loc, alice.token(), "{\"category\":\"A\"}", "If-Match", etag),
              () ->
                  api.send("PATCH", loc, alice.token(), "{\"category\":\"B\"}", "If-Match", etag));

      List<Integer> statuses = results.stream().map(r -> ((Response) r).status()).sorted().toList();
      assertThat(statuses).containsExactly(200, 412);
      Response winner =
          (Response) results.stream().filter(r -> ((Response) r).status() == 200).findFirst().get();
      Response now = api.get(loc, alice.token());
      assertThat(now.json().get("category")).isEqualTo(winner.json().get("category"));
      assertThat(now.header("ETag")).isEqualTo("\"2\"");
    }
  }

  @Test
  void twoPatchesWithoutIfMatchNeverLoseAnUpdate() throws Exception {
    Person alice = person();
    UUID ws = workspace(alice);
    for (int round = 0; round < 5; round++) {
      String loc = location(create(alice, ws, "10.00"));

      race(
          () -> api.patch(loc, alice.token(), "{\"category\":\"Travel\"}").expect(200),
          () -> api.patch(loc, alice.token(), "{\"notes\":\"taxi\"}").expect(200));

      JsonNode now = api.get(loc, alice.token()).json();
      assertThat(now.get("category").asText()).isEqualTo("Travel");
      assertThat(now.get("notes").asText()).isEqualTo("taxi");
      assertThat(now.get("version").asLong()).isEqualTo(3);
    }
  }

  @Test
  void walkingAllPagesWhileOthersInsertReturnsEveryEarlierExpenseExactlyOnce() throws Exception {
    Person alice = person();
    UUID ws = workspace(alice);
    Set<String> before = new HashSet<>();
    for (int i = 1; i <= 30; i++) {
      before.add(create(alice, ws, i + ".00").json().get("id").asText());
    }
    AtomicBoolean walking = new AtomicBoolean(true);
    Future<?> writer =
        pool.submit(
            () -> {
              while (walking.get()) {
                create(alice, ws, "1.23").expect(201);
              }
              return null;
            });

    List<String> walked = new ArrayList<>();
    String cursor = null;
    do {
      Response page =
          api.get(
                  expenses(ws)
                      + "?sort=created_at&limit=7"
                      + (cursor == null
                          ? ""
                          : "&cursor=" + URLEncoder.encode(cursor, StandardCharsets.UTF_8)),
                  alice.token())
              .expect(200);
      page.json().get("items").forEach(item -> walked.add(item.get("id").asText()));
      JsonNode next = page.json().get("next_cursor");
      cursor = next.isNull() ? null : next.asText();
    } while (cursor != null && walked.size() < 500);
    walking.set(false);
    writer.get();

    assertThat(walked).doesNotHaveDuplicates();
    assertThat(walked).containsAll(before);
  }

  @Test
  void theSummaryTotalEqualsTheSumOfTheListedAmounts() {
    Person alice = person();
    Person bob = person();
    UUID ws = workspace(alice, bob);
    for (int i = 0; i < 10; i++) {
      create(alice, ws, "0.10").expect(201);
    }
    for (int i = 0; i < 3; i++) {
      api.post(expenses(ws), bob.token(), body("0.01", "Candy")).expect(201);
    }

    JsonNode summary = api.get(expenses(ws) + "/summary", alice.token()).expect(200).json();
    BigDecimal listed = BigDecimal.ZERO;
    for (JsonNode item : api.get(expenses(ws) + "?limit=200", alice.token()).json().get("items")) {
      listed = listed.add(new BigDecimal(item.get("amount").asText()));
    }

    assertThat(summary.get("total").asText()).isEqualTo("1.03");
    assertThat(new BigDecimal(summary.get("total").asText())).isEqualByComparingTo(listed);
    assertThat(summary.get("count").asLong()).isEqualTo(13);
    assertThat(summary.get("by_member").get(0).get("user_id").asText())
        .isEqualTo(alice.id().toString());
    assertThat(summary.get("by_member").get(0).get("full_name").asText()).isEqualTo("Test User");
  }

  @Test
  void nothingOfAnotherWorkspaceIsReachableFromThisOne() {
    Person alice = person();
    Person mallory = person();
    UUID mine = workspace(alice);
    UUID theirs = workspace(mallory);
    member(theirs, alice, "member");
    String theirExpense = create(mallory, theirs, "99.00").json().get("id").asText();
    create(alice, mine, "1.00").expect(201);

    String crossPath = expenses(mine) + "/" + theirExpense;
    assertThat(api.get(crossPath, alice.token()).status()).isEqualTo(404);
    assertThat(api.patch(crossPath, alice.token(), "{\"category\":\"x\"}").status()).isEqualTo(404);
    assertThat(api.delete(crossPath, alice.token()).status()).isEqualTo(404);
    assertThat(
            api.post(
                    expenses(mine),
                    alice.token(),
                    body("1.00", "Food").replace("}", ",\"paid_by\":\"" + mallory.id() + "\"}"))
                .status())
        .isEqualTo(404);
    assertThat(api.get(expenses(mine) + "?paid_by=" + mallory.id(), alice.token()).status())
        .isEqualTo(404);
    assertThat(api.get(expenses(mine), alice.token()).body()).doesNotContain(theirExpense);
    assertThat(api.get(expenses(mine) + "/summary", alice.token()).json().get("total").asText())
        .isEqualTo("1.00");
    assertThat(api.get(expenses(mine) + "?format=csv", alice.token()).body())
        .doesNotContain(theirExpense);

    // Mallory is not a member of alice's workspace: the same 404 as a workspace that is not there.
    Response notMember = api.get(expenses(mine), mallory.token());
    Response missing = api.get(expenses(UUID.randomUUID()), mallory.token());
    assertThat(notMember.status()).isEqualTo(404);
    assertThat(missing.status()).isEqualTo(404);
    assertThat(notMember.json().get("detail")).isEqualTo(missing.json().get("detail"));
    assertThat(
            api.get(expenses(theirs) + "/" + theirExpense, mallory.token())
                .json()
                .get("amount")
                .asText())
        .isEqualTo("99.00");
  }

  @Test
  void aRemovedMemberLosesAccessOnTheNextRequest() {
    Person owner = person();
    Person alice = person();
    UUID ws = workspace(owner, alice);
    String loc = location(create(alice, ws, "5.00"));
    assertThat(api.get(loc, alice.token()).status()).isEqualTo(200);

    sql("delete from workspace_members where workspace_id = ? and user_id = ?", ws, alice.id());

    assertThat(api.get(loc, alice.token()).status()).isEqualTo(404);
    assertThat(create(alice, ws, "1.00").status()).isEqualTo(404);
  }

  @Test
  void withoutATokenExpensesAre401() {
    Person alice = person();
    UUID ws = workspace(alice);
    Response r = api.get(expenses(ws), null);
    assertThat(r.status()).isEqualTo(401);
    assertThat(r.header("WWW-Authenticate")).isEqualTo("Bearer");
    assertThat(api.post(expenses(ws), null, body("1.00", "Food")).status()).isEqualTo(401);
  }

  @Test
  void theCsvExportStreamsEveryFilteredExpense() {
    Person alice = person();
    UUID ws = workspace(alice);
    for (int i = 0; i < 120; i++) {
      api.post(expenses(ws), alice.token(), body("1.00", i % 2 == 0 ? "Food" : "=cmd")).expect(201);
    }
    Response csv = api.get(expenses(ws) + "?format=csv&category=%3Dcmd", alice.token());
    assertThat(csv.status()).isEqualTo(200);
    String[] lines = csv.body().split("\r\n");
    assertThat(lines).hasSize(61);
    assertThat(lines[1]).contains(",'=cmd,1.00,USD,");
  }
}
