package org.expensetracker.adapters.http;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.javalin.Javalin;
import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Currency;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.zip.GZIPInputStream;
import org.expensetracker.application.ExpenseTracker;
import org.expensetracker.application.testing.FakeMemberships;
import org.expensetracker.application.testing.InMemoryAuditTrail;
import org.expensetracker.application.testing.InMemoryExpenses;
import org.expensetracker.application.testing.InMemoryIdempotencyKeys;
import org.expensetracker.application.testing.InMemoryLedger;
import org.expensetracker.application.testing.InMemorySettlements;
import org.expensetracker.application.testing.InMemoryTransactions;
import org.expensetracker.domain.identity.UserId;
import org.expensetracker.domain.shared.AuthenticationFailed;
import org.expensetracker.domain.workspace.Role;
import org.expensetracker.domain.workspace.WorkspaceId;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The expense routes over real HTTP on the in-memory core: status codes, headers, JSON shapes and
 * every syntax rule. (Bootstrap's end-to-end tests repeat the key flows on PostgreSQL with tokens.)
 */
class ExpenseRoutesTest {
  static final HttpClient client = HttpClient.newHttpClient();
  static final FakeMemberships memberships = new FakeMemberships();
  static final InMemoryExpenses expenses = new InMemoryExpenses();
  static final InMemoryIdempotencyKeys keys = new InMemoryIdempotencyKeys();
  static final InMemorySettlements settlements = new InMemorySettlements();
  static Javalin app;

  final WorkspaceId ws = new WorkspaceId(UUID.randomUUID());
  final WorkspaceId otherWs = new WorkspaceId(UUID.randomUUID());
  final UserId alice = new UserId(UUID.randomUUID());
  final UserId bob = new UserId(UUID.randomUUID());
  final UserId viewer = new UserId(UUID.randomUUID());
  final UserId stranger = new UserId(UUID.randomUUID());

  ExpenseRoutesTest() {
    memberships
        .workspace(ws, Currency.getInstance("USD"))
        .member(ws, alice, Role.MEMBER)
        .member(ws, bob, Role.MEMBER)
        .member(ws, viewer, Role.VIEWER)
        .workspace(otherWs, Currency.getInstance("USD"))
        .member(otherWs, alice, Role.OWNER)
        .member(otherWs, stranger, Role.OWNER);
    expenses.knowUser(alice, "Alice Archer").knowUser(bob, "Bob Baker");
  }

  @BeforeAll
  static void start() {
    ExpenseTracker core =
        ExpenseTracker.builder()
            .transactions(new InMemoryTransactions())
            .memberships(memberships)
            .expenses(expenses)
            .idempotencyKeys(keys)
            .ledger(new InMemoryLedger(expenses, settlements, memberships::usersOf))
            .settlements(settlements)
            .auditTrail(new InMemoryAuditTrail())
            .build();
    // Tests say who they are with "Bearer <user id>"; the real adapter verifies a JWT.
    Caller caller =
        ctx -> {
          String auth = ctx.header("Authorization");
          if (auth == null || !auth.startsWith("Bearer ")) {
            throw new AuthenticationFailed();
          }
          return new UserId(UUID.fromString(auth.substring(7)));
        };
    app = HttpApi.create(core, HttpSettings.defaults(), caller).start("127.0.0.1", 0);
  }

  @AfterAll
  static void stop() {
    app.stop();
  }

  record Reply(int status, String body, HttpResponse<String> raw) {
    JsonNode json() {
      try {
        return Json.mapper().readTree(body);
      } catch (Exception e) {
        throw new AssertionError("not JSON: " + body, e);
      }
    }

    String header(String name) {
      return raw.headers().firstValue(name).orElse(null);
    }

    List<String> errorFields() {
      List<String> fields = new ArrayList<>();
      json().path("errors").forEach(e -> fields.add(e.path("field").asText()));
      return fields;
    }
  }

  String path(WorkspaceId workspace) {
    return "/api/v1/workspaces/" + workspace + "/expenses";
  }

  HttpRequest.Builder as(UserId user, String path) {
    HttpRequest.Builder b =
        HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + app.port() + path));
    return user == null ? b : b.header("Authorization", "Bearer " + user);
  }

  Reply send(HttpRequest.Builder request) throws Exception {
    HttpResponse<String> r = client.send(request.build(), HttpResponse.BodyHandlers.ofString());
    return new Reply(r.statusCode(), r.body(), r);
  }

  Reply post(UserId user, WorkspaceId workspace, String json, String... headers) throws Exception {
    HttpRequest.Builder b =
        as(user, path(workspace))
            .header("Content-Type", "application/json")
            .POST(HttpRequest.BodyPublishers.ofString(json));
    for (int i = 0; i < headers.length; i += 2) {
      b.header(headers[i], headers[i + 1]);
    }
    return send(b);
  }

  Reply patch(UserId user, String location, String json, String... headers) throws Exception {
    HttpRequest.Builder b =
        as(user, location)
            .header("Content-Type", "application/merge-patch+json")
            .method("PATCH", HttpRequest.BodyPublishers.ofString(json));
    for (int i = 0; i < headers.length; i += 2) {
      b.header(headers[i], headers[i + 1]);
    }
    return send(b);
  }

  Reply get(UserId user, String path) throws Exception {
    return send(as(user, path).GET());
  }

  static String expense(String amountJson) {
    return "{\"amount\":"
        + amountJson
        + ",\"description\":\"Dinner\",\"category\":\"Food\",\"spent_at\":\"2026-11-05\"}";
  }

  Reply created(UserId user, String amountJson) throws Exception {
    Reply r = post(user, ws, expense(amountJson));
    assertThat(r.status()).as(r.body()).isEqualTo(201);
    return r;
  }

  static String q(String value) {
    return URLEncoder.encode(value, StandardCharsets.UTF_8);
  }

  /** A page larger than Jetty's 32 KB buffer, which it would otherwise send in chunks. */
  String largePage() throws Exception {
    for (int i = 0; i < 80; i++) {
      created(alice, "\"" + (i + 1) + ".25\"");
    }
    return path(ws) + "?limit=80";
  }

  @Test
  void aPageInMemoryGoesOutWithItsContentLength() throws Exception {
    String page = largePage();
    HttpResponse<byte[]> r =
        client.send(as(alice, page).GET().build(), HttpResponse.BodyHandlers.ofByteArray());

    assertThat(r.statusCode()).isEqualTo(200);
    assertThat(r.body().length).isGreaterThan(32 * 1024);
    assertThat(r.headers().firstValueAsLong("Content-Length")).hasValue(r.body().length);
    assertThat(r.headers().firstValue("Transfer-Encoding")).isEmpty();
    assertThat(Json.mapper().readTree(r.body()).path("items").size()).isEqualTo(80);
  }

  @Test
  void pagesWrittenOneAfterAnotherCarryNothingOfTheOneBefore() throws Exception {
    String large = largePage();
    String small = path(ws) + "?limit=3";
    // Request threads keep their page buffer: a small page after a large one on the same thread
    // must end where it ends.
    for (int i = 0; i < 24; i++) {
      String page = i % 2 == 0 ? large : small;
      HttpResponse<byte[]> r =
          client.send(as(alice, page).GET().build(), HttpResponse.BodyHandlers.ofByteArray());

      assertThat(r.statusCode()).isEqualTo(200);
      assertThat(r.headers().firstValueAsLong("Content-Length")).hasValue(r.body().length);
      assertThat(Json.mapper().readTree(r.body()).path("items").size())
          .isEqualTo(i % 2 == 0 ? 80 : 3);
    }
  }

  @Test
  void aClientAskingForGzipStillGetsTheWholePageCompressed() throws Exception {
    String page = largePage();
    byte[] plain = get(alice, page).body().getBytes(StandardCharsets.UTF_8);
    HttpResponse<byte[]> r =
        client.send(
            as(alice, page).header("Accept-Encoding", "gzip").GET().build(),
            HttpResponse.BodyHandlers.ofByteArray());

    assertThat(r.headers().firstValue("Content-Encoding")).hasValue("gzip");
    r.headers()
        .firstValueAsLong("Content-Length")
        .ifPresent(length -> assertThat(length).isEqualTo(r.body().length));
    try (GZIPInputStream unzipped = new GZIPInputStream(new ByteArrayInputStream(r.body()))) {
      assertThat(unzipped.readAllBytes()).isEqualTo(plain);
    }
  }

  @Test
  void createAnswers201WithLocationETagAndTheAmountAsAStringAtScale() throws Exception {
    Reply r = created(alice, "12.5");

    JsonNode body = r.json();
    assertThat(body.path("amount").isTextual()).isTrue();
    assertThat(body.path("amount").asText()).isEqualTo("12.50");
    assertThat(body.path("currency").asText()).isEqualTo("USD");
    assertThat(body.path("paid_by").asText()).isEqualTo(alice.toString());
    assertThat(body.path("version").asLong()).isEqualTo(1);
    assertThat(r.header("ETag")).isEqualTo("\"1\"");
    assertThat(r.header("Location")).isEqualTo(path(ws) + "/" + body.path("id").asText());

    Reply read = get(viewer, r.header("Location"));
    assertThat(read.status()).isEqualTo(200);
    assertThat(read.header("ETag")).isEqualTo("\"1\"");
    assertThat(read.json()).isEqualTo(body);
  }

  @Test
  void amountsAreAcceptedAsStringsOrNumbersWithTheirExactText() throws Exception {
    assertThat(created(alice, "\"0.10\"").json().path("amount").asText()).isEqualTo("0.10");
    assertThat(created(alice, "7").json().path("amount").asText()).isEqualTo("7.00");
    assertThat(created(alice, "12.500").json().path("amount").asText()).isEqualTo("12.50");
    assertThat(created(alice, "1000000000000").json().path("amount").asText())
        .isEqualTo("1000000000000.00");
  }

  @Test
  void everyBadAmountIsRefusedWith400NeverRounded() throws Exception {
    for (String bad :
        List.of(
            "12.345",
            "\"12.345\"",
            "0",
            "\"0.00\"",
            "-1",
            "1000000000000.01",
            "\"abc\"",
            "1e3",
            "\"1e3\"",
            "1E-2",
            "true",
            "[1]",
            "{}",
            "\" 12\"",
            "\"\"")) {
      Reply r = post(alice, ws, expense(bad));
      assertThat(r.status()).as(bad + " -> " + r.body()).isEqualTo(400);
      assertThat(r.errorFields()).as(bad).containsExactly("amount");
    }
  }

  @Test
  void everyBadFieldIsListedInOneProblem() throws Exception {
    Reply r =
        post(
            alice,
            ws,
            "{\"amount\":\"1e3\",\"category\":5,\"spent_at\":\"2026-02-30\","
                + "\"paid_by\":\"nope\",\"id\":\"x\",\"colour\":\"red\"}");

    assertThat(r.status()).isEqualTo(400);
    assertThat(r.header("Content-Type")).startsWith("application/problem+json");
    assertThat(r.errorFields())
        .containsExactlyInAnyOrder(
            "id", "colour", "amount", "category", "spent_at", "paid_by", "description");
  }

  @Test
  void meaningRulesAreListedTogetherToo() throws Exception {
    Reply r =
        post(
            alice,
            ws,
            "{\"amount\":\"1.001\",\"description\":\"  \",\"category\":\""
                + "c".repeat(65)
                + "\",\"spent_at\":\"2026-11-05\"}");
    assertThat(r.status()).isEqualTo(400);
    assertThat(r.errorFields()).containsExactly("amount", "description", "category");
  }

  @Test
  void writingAReadOnlyFieldIsRefusedNamingIt() throws Exception {
    String location = created(alice, "1").header("Location");
    for (String field :
        List.of(
            "id",
            "workspace_id",
            "created_by",
            "created_at",
            "updated_at",
            "version",
            "currency")) {
      Reply r = patch(alice, location, "{\"" + field + "\":\"x\"}");
      assertThat(r.status()).isEqualTo(400);
      assertThat(r.errorFields()).containsExactly(field);
      Reply c = post(alice, ws, expense("1").replace("{", "{\"" + field + "\":\"x\","));
      assertThat(c.status()).isEqualTo(400);
      assertThat(c.errorFields()).containsExactly(field);
    }
  }

  @Test
  void mergePatchKeepsAbsentFieldsClearsNotesWithNullAndRefusesNullDescription() throws Exception {
    String location =
        post(alice, ws, expense("10").replace("}", ",\"notes\":\"with Bob\"}")).header("Location");

    Reply changed = patch(alice, location, "{\"amount\":\"11.5\"}");
    assertThat(changed.status()).isEqualTo(200);
    assertThat(changed.json().path("amount").asText()).isEqualTo("11.50");
    assertThat(changed.json().path("notes").asText()).isEqualTo("with Bob");
    assertThat(changed.json().path("description").asText()).isEqualTo("Dinner");
    assertThat(changed.header("ETag")).isEqualTo("\"2\"");

    Reply cleared = patch(alice, location, "{\"notes\":null}");
    assertThat(cleared.json().path("notes").isNull()).isTrue();

    Reply refused = patch(alice, location, "{\"description\":null,\"category\":null}");
    assertThat(refused.status()).isEqualTo(400);
    assertThat(refused.errorFields()).containsExactlyInAnyOrder("description", "category");

    Reply plain =
        send(
            as(alice, location)
                .header("Content-Type", "application/json")
                .method("PATCH", HttpRequest.BodyPublishers.ofString("{\"category\":\"Fun\"}")));
    assertThat(plain.status()).isEqualTo(200);
    Reply text =
        send(
            as(alice, location)
                .header("Content-Type", "text/plain")
                .method("PATCH", HttpRequest.BodyPublishers.ofString("{\"category\":\"Fun\"}")));
    assertThat(text.status()).isEqualTo(415);
  }

  @Test
  void aStaleIfMatchIs412AndTheCurrentOneSucceeds() throws Exception {
    String location = created(alice, "10").header("Location");
    assertThat(patch(alice, location, "{\"category\":\"A\"}", "If-Match", "\"1\"").status())
        .isEqualTo(200);

    Reply stale = patch(alice, location, "{\"category\":\"B\"}", "If-Match", "\"1\"");
    assertThat(stale.status()).isEqualTo(412);
    assertThat(patch(alice, location, "{\"category\":\"B\"}", "If-Match", "W/\"2\"").status())
        .isEqualTo(412);
    assertThat(patch(alice, location, "{\"category\":\"B\"}", "If-Match", "2").status())
        .isEqualTo(400);
    assertThat(patch(alice, location, "{\"category\":\"B\"}", "If-Match", "*").status())
        .isEqualTo(200);
    Reply delete = send(as(alice, location).header("If-Match", "\"2\"").DELETE());
    assertThat(delete.status()).isEqualTo(412);
    assertThat(send(as(alice, location).header("If-Match", "\"3\"").DELETE()).status())
        .isEqualTo(204);
    assertThat(get(alice, location).status()).isEqualTo(404);
  }

  @Test
  void aGetWithTheCurrentETagIsNotModified() throws Exception {
    String location = created(alice, "10").header("Location");
    Reply r = send(as(alice, location).header("If-None-Match", "\"1\"").GET());
    assertThat(r.status()).isEqualTo(304);
  }

  @Test
  void rolesDecideWhoCreatesChangesAndDeletes() throws Exception {
    assertThat(post(viewer, ws, expense("1")).status()).isEqualTo(403);
    String location = created(alice, "10").header("Location");
    assertThat(patch(bob, location, "{\"category\":\"B\"}").status()).isEqualTo(403);
    assertThat(send(as(bob, location).DELETE()).status()).isEqualTo(403);
    assertThat(patch(viewer, location, "{\"category\":\"B\"}").status()).isEqualTo(403);
    assertThat(send(as(alice, location).DELETE()).status()).isEqualTo(204);
  }

  @Test
  void withoutAuthenticationEveryRouteIs401AndANonMemberGets404() throws Exception {
    String location = created(alice, "10").header("Location");
    Reply anonymous = get(null, location);
    assertThat(anonymous.status()).isEqualTo(401);
    assertThat(anonymous.header("WWW-Authenticate")).isEqualTo("Bearer");
    assertThat(get(stranger, location).status()).isEqualTo(404);
    assertThat(get(stranger, path(ws)).status()).isEqualTo(404);
    assertThat(get(stranger, path(ws) + "/summary").status()).isEqualTo(404);
    assertThat(post(stranger, ws, expense("1")).status()).isEqualTo(404);
    assertThat(patch(stranger, location, "{\"category\":\"x\"}").status()).isEqualTo(404);
    assertThat(send(as(stranger, location).DELETE()).status()).isEqualTo(404);
    assertThat(get(alice, "/api/v1/workspaces/not-a-uuid/expenses").status()).isEqualTo(404);
    assertThat(get(alice, path(ws) + "/not-a-uuid").status()).isEqualTo(404);
  }

  @Test
  void anIdFromAnotherWorkspaceIsNotFoundHere() throws Exception {
    String id = created(alice, "10").json().path("id").asText();
    assertThat(get(alice, path(otherWs) + "/" + id).status()).isEqualTo(404);
    assertThat(patch(alice, path(otherWs) + "/" + id, "{\"category\":\"x\"}").status())
        .isEqualTo(404);
    assertThat(
            post(alice, ws, expense("1").replace("}", ",\"paid_by\":\"" + stranger + "\"}"))
                .status())
        .isEqualTo(404);
    assertThat(get(alice, path(ws) + "?paid_by=" + stranger).status()).isEqualTo(404);
  }

  @Test
  void aRetryWithTheSameIdempotencyKeyReplaysTheFirstResponse() throws Exception {
    String key = UUID.randomUUID().toString();
    Reply first = post(alice, ws, expense("\"3.00\""), "Idempotency-Key", key);
    Reply retry =
        post(
            alice,
            ws,
            "{ \"spent_at\": \"2026-11-05\", \"category\": \"Food\", \"description\": \"Dinner\","
                + " \"amount\": \"3.00\" }",
            "Idempotency-Key",
            key);

    assertThat(first.status()).isEqualTo(201);
    assertThat(retry.status()).isEqualTo(201);
    assertThat(retry.body()).isEqualTo(first.body());
    assertThat(retry.header("Location")).isEqualTo(first.header("Location"));
    assertThat(retry.header("ETag")).isEqualTo(first.header("ETag"));
    assertThat(retry.header("Idempotent-Replayed")).isEqualTo("true");

    Reply other = post(alice, ws, expense("\"4.00\""), "Idempotency-Key", key);
    assertThat(other.status()).isEqualTo(422);
    Reply bobs = post(bob, ws, expense("\"3.00\""), "Idempotency-Key", key);
    assertThat(bobs.status()).isEqualTo(201);
    assertThat(bobs.json().path("id")).isNotEqualTo(first.json().path("id"));

    assertThat(post(alice, ws, expense("1"), "Idempotency-Key", "k".repeat(256)).status())
        .isEqualTo(400);
  }

  @Test
  void walkingEveryPageWithTheCursorReturnsEveryExpenseOnce() throws Exception {
    WorkspaceId own = new WorkspaceId(UUID.randomUUID());
    memberships.workspace(own, Currency.getInstance("USD")).member(own, alice, Role.MEMBER);
    Set<String> ids = new HashSet<>();
    for (int i = 1; i <= 11; i++) {
      Reply r =
          post(
              alice,
              own,
              expense("\"" + i + ".00\"").replace("2026-11-05", "2026-11-0" + (1 + i % 3)));
      ids.add(r.json().path("id").asText());
    }
    for (String sort :
        List.of("spent_at", "-spent_at", "amount", "-amount", "created_at", "-created_at")) {
      List<String> walked = new ArrayList<>();
      String url = path(own) + "?limit=4&sort=" + q(sort);
      String cursor = null;
      int pages = 0;
      do {
        Reply page = get(alice, url + (cursor == null ? "" : "&cursor=" + q(cursor)));
        assertThat(page.status()).as(page.body()).isEqualTo(200);
        page.json().path("items").forEach(i -> walked.add(i.path("id").asText()));
        cursor =
            page.json().path("next_cursor").isNull()
                ? null
                : page.json().path("next_cursor").asText();
        pages++;
      } while (cursor != null);
      assertThat(pages).isEqualTo(3);
      assertThat(walked).as(sort).doesNotHaveDuplicates().containsExactlyInAnyOrderElementsOf(ids);
    }
  }

  @Test
  void aTamperedOrForeignCursorIsRefused() throws Exception {
    for (int i = 0; i < 3; i++) {
      created(alice, "1");
    }
    String cursor = get(alice, path(ws) + "?limit=1").json().path("next_cursor").asText();
    assertThat(cursor).isNotBlank();

    String flipped = (cursor.charAt(0) == 'A' ? "B" : "A") + cursor.substring(1);
    assertThat(get(alice, path(ws) + "?limit=1&cursor=" + q(flipped)).status()).isEqualTo(400);
    assertThat(get(alice, path(ws) + "?limit=1&cursor=garbage").status()).isEqualTo(400);
    Reply otherSort = get(alice, path(ws) + "?limit=1&sort=amount&cursor=" + q(cursor));
    assertThat(otherSort.status()).isEqualTo(400);
    assertThat(otherSort.errorFields()).containsExactly("cursor");
    assertThat(get(alice, path(ws) + "?limit=1&category=Food&cursor=" + q(cursor)).status())
        .isEqualTo(400);
    assertThat(get(alice, path(otherWs) + "?limit=1&cursor=" + q(cursor)).status()).isEqualTo(404);
    assertThat(get(alice, path(ws) + "?limit=5&sort=-spent_at&cursor=" + q(cursor)).status())
        .isEqualTo(200);
  }

  @Test
  void badListParametersAreAllListed() throws Exception {
    Reply r =
        get(
            alice,
            path(ws)
                + "?sort=price&limit=0&from=2026-13-01&paid_by=x&min_amount=1e2&max_amount=-1"
                + "&format=xml&colour=red");
    assertThat(r.status()).isEqualTo(400);
    assertThat(r.errorFields())
        .containsExactlyInAnyOrder(
            "sort", "limit", "from", "paid_by", "min_amount", "max_amount", "format", "colour");
    assertThat(get(alice, path(ws) + "?limit=201").status()).isEqualTo(400);
    assertThat(get(alice, path(ws) + "?limit=200").status()).isEqualTo(200);
    assertThat(get(alice, path(ws) + "?from=2026-11-05&to=2026-11-04").errorFields())
        .containsExactly("from");
    assertThat(get(alice, path(ws) + "?sort=amount&sort=-amount").errorFields())
        .containsExactly("sort");
  }

  @Test
  void nulInAQueryParameterIsA400NotADatabaseError() throws Exception {
    Reply r = get(alice, path(ws) + "?q=abc%00def&category=%00");
    assertThat(r.status()).isEqualTo(400);
    assertThat(r.errorFields()).containsExactlyInAnyOrder("q", "category");
    assertThat(get(alice, path(ws) + "/summary?from=%00").status()).isEqualTo(400);
  }

  @Test
  void theCsvExportQuotesCellsAndDefusesFormulas() throws Exception {
    WorkspaceId own = new WorkspaceId(UUID.randomUUID());
    memberships.workspace(own, Currency.getInstance("USD")).member(own, alice, Role.MEMBER);
    post(
        alice,
        own,
        "{\"amount\":\"1.50\",\"description\":\"=HYPERLINK(\\\"x\\\")\",\"category\":\"Food, drinks\","
            + "\"spent_at\":\"2026-11-05\",\"notes\":\"line1\\nline2\"}");
    post(
        alice,
        own,
        "{\"amount\":\"2\",\"description\":\"@SUM\",\"category\":\"-x\",\"spent_at\":\"2026-11-04\"}");

    Reply csv = get(alice, path(own) + "?format=csv&sort=amount");

    assertThat(csv.status()).isEqualTo(200);
    assertThat(csv.header("Content-Type")).startsWith("text/csv");
    String[] lines = csv.body().split("\r\n");
    assertThat(lines[0]).startsWith("id,spent_at,description,category,amount,currency");
    assertThat(csv.body()).contains(",\"'=HYPERLINK(\"\"x\"\")\",\"Food, drinks\",1.50,USD,");
    assertThat(csv.body()).contains("\"line1\nline2\"");
    assertThat(csv.body()).contains(",'@SUM,'-x,2.00,USD,");
  }

  @Test
  void theSummaryTotalsEqualTheSumOfTheListedItems() throws Exception {
    WorkspaceId own = new WorkspaceId(UUID.randomUUID());
    memberships
        .workspace(own, Currency.getInstance("USD"))
        .member(own, alice, Role.MEMBER)
        .member(own, bob, Role.MEMBER);
    for (int i = 0; i < 10; i++) {
      post(alice, own, expense("\"0.10\""));
    }
    for (int i = 0; i < 3; i++) {
      post(bob, own, expense("0.01").replace("Food", "Candy").replace("11-05", "12-01"));
    }

    JsonNode s = get(alice, path(own) + "/summary").json();
    JsonNode list = get(alice, path(own) + "?limit=200").json();

    java.math.BigDecimal sum = java.math.BigDecimal.ZERO;
    for (JsonNode item : list.path("items")) {
      sum = sum.add(new java.math.BigDecimal(item.path("amount").asText()));
    }
    assertThat(s.path("total").asText()).isEqualTo("1.03").isEqualTo(sum.toPlainString());
    assertThat(s.path("currency").asText()).isEqualTo("USD");
    assertThat(s.path("count").asLong()).isEqualTo(13);
    assertThat(s.path("by_category").get(0).path("category").asText()).isEqualTo("Food");
    assertThat(s.path("by_category").get(0).path("total").asText()).isEqualTo("1.00");
    assertThat(s.path("by_member").get(1).path("full_name").asText()).isEqualTo("Bob Baker");
    assertThat(s.path("by_member").get(1).path("total").asText()).isEqualTo("0.03");
    assertThat(s.path("by_month").get(1).path("month").asText()).isEqualTo("2026-12");

    JsonNode november = get(alice, path(own) + "/summary?from=2026-11-01&to=2026-11-30").json();
    assertThat(november.path("total").asText()).isEqualTo("1.00");
    assertThat(get(alice, path(own) + "/summary?from=x&limit=3").errorFields())
        .containsExactlyInAnyOrder("from", "limit");
  }
}
