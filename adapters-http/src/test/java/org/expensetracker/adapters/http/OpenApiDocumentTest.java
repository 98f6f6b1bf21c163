package org.expensetracker.adapters.http;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.javalin.Javalin;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.expensetracker.application.ExpenseTracker;
import org.expensetracker.domain.expense.ExpenseSort;
import org.expensetracker.domain.shared.AuthenticationFailed;
import org.expensetracker.domain.workspace.Role;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The served OpenAPI document against the route table Javalin really has: every route documented
 * and nothing documented that is not served, plus the properties every operation must have. And the
 * two UIs: pages and assets all from this server.
 */
class OpenApiDocumentTest {
  private static final HttpClient client = HttpClient.newHttpClient();
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final Pattern ASSET = Pattern.compile("(?:src|href)=\"([^\"]+)\"");
  private static Javalin app;
  private static JsonNode document;

  @BeforeAll
  static void start() throws Exception {
    app = newApp().start("127.0.0.1", 0);
    HttpResponse<String> response = get(ApiDocsRoutes.OPENAPI);
    assertThat(response.statusCode()).isEqualTo(200);
    assertThat(response.headers().firstValue("Content-Type"))
        .hasValueSatisfying(v -> assertThat(v).startsWith("application/json"));
    document = JSON.readTree(response.body());
  }

  @AfterAll
  static void stop() {
    app.stop();
  }

  static Javalin newApp() {
    ExpenseTracker core = InMemoryCore.empty();
    Caller nobody =
        ctx -> {
          throw new AuthenticationFailed();
        };
    return HttpApi.create(core, HttpSettings.defaults(), nobody);
  }

  /** What Javalin will answer, as {@code "GET /path/{id}"}. */
  static Set<String> registeredRoutes(Javalin javalin) {
    Set<String> routes = new TreeSet<>();
    javalin.unsafeConfig().pvt.internalRouter.allHttpHandlers().stream()
        .map(e -> e.getEndpoint())
        .filter(e -> e.getMethod().isHttpMethod())
        .forEach(e -> routes.add(e.getMethod().name() + " " + e.getPath()));
    return routes;
  }

  static Set<String> documentedRoutes(JsonNode doc) {
    Set<String> routes = new TreeSet<>();
    doc.get("paths")
        .fields()
        .forEachRemaining(
            path ->
                path.getValue()
                    .fieldNames()
                    .forEachRemaining(
                        m -> routes.add(m.toUpperCase(Locale.ROOT) + " " + path.getKey())));
    return routes;
  }

  @Test
  void everyRegisteredRouteIsDocumentedAndEveryDocumentedRouteIsServed() {
    Set<String> registered = registeredRoutes(app);
    Set<String> documented = documentedRoutes(document);
    assertThat(registered).hasSizeGreaterThan(20);
    Set<String> undocumented = new TreeSet<>(registered);
    undocumented.removeAll(documented);
    Set<String> notServed = new TreeSet<>(documented);
    notServed.removeAll(registered);
    assertThat(undocumented).as("routes without documentation").isEmpty();
    assertThat(notServed).as("documented routes Javalin does not serve").isEmpty();
  }

  @Test
  void aRouteAddedWithoutDocumentationIsNoticed() {
    Javalin extended = newApp();
    extended.get("/api/v1/undocumented", ctx -> ctx.result("x"));
    Set<String> undocumented = new TreeSet<>(registeredRoutes(extended));
    undocumented.removeAll(documentedRoutes(document));
    assertThat(undocumented).containsExactly("GET /api/v1/undocumented");
  }

  @Test
  void everyOperationHasAnIdASummaryATagAndASuccessAnswer() {
    Set<String> ids = new HashSet<>();
    forEachOperation(
        (route, op) -> {
          assertThat(ids.add(op.path("operationId").asText()))
              .as("unique operationId " + route)
              .isTrue();
          assertThat(op.path("summary").asText()).as(route).isNotBlank();
          assertThat(op.path("tags")).as(route).hasSize(1);
          List<String> statuses = new ArrayList<>();
          op.get("responses").fieldNames().forEachRemaining(statuses::add);
          assertThat(statuses).as(route).anyMatch(s -> s.startsWith("2"));
        });
  }

  @Test
  void pathParametersAreDeclaredAsUuidsOrCurrencyCodesAndAnswer404() {
    Pattern braces = Pattern.compile("\\{([a-z_]+)}");
    forEachOperation(
        (route, op) -> {
          Matcher m = braces.matcher(route);
          while (m.find()) {
            String name = m.group(1);
            JsonNode declared = null;
            for (JsonNode p : op.path("parameters")) {
              if (p.get("in").asText().equals("path") && p.get("name").asText().equals(name)) {
                declared = p;
              }
            }
            assertThat(declared).as(route + " declares " + name).isNotNull();
            assertThat(declared.get("required").asBoolean()).isTrue();
            if (name.equals("currency")) {
              // PUT /exchange-rates/{currency}: the one path parameter that is not an id.
              assertThat(declared.at("/schema/pattern").asText()).isEqualTo("^[A-Z]{3}$");
            } else {
              assertThat(declared.at("/schema/format").asText()).isEqualTo("uuid");
            }
            assertThat(op.at("/responses/404")).as(route).isNotNull();
            assertThat(op.at("/responses/404").isMissingNode()).as(route + " 404").isFalse();
          }
        });
  }

  @Test
  void everythingBehindTheBearerFilterNeedsATokenAndSaysSo() {
    forEachOperation(
        (route, op) -> {
          String path = route.substring(route.indexOf(' ') + 1);
          boolean guarded =
              path.startsWith(BearerAuth.PROTECTED_PREFIX)
                  && !path.startsWith(BearerAuth.PUBLIC_PREFIX);
          if (guarded) {
            assertThat(op.path("security").toString())
                .as(route)
                .contains("bearerAuth")
                .contains("oauth2");
            assertThat(op.at("/responses/401/$ref").asText()).as(route).endsWith("Problem401");
          } else if (path.equals(HttpMetrics.PATH)) {
            assertThat(op.path("security").toString()).as(route).contains("metricsToken");
          } else {
            assertThat(op.path("security").isArray() && op.path("security").isEmpty())
                .as(route + " is explicitly public")
                .isTrue();
          }
        });
    assertThat(document.has("security")).isFalse();
  }

  @Test
  void everyErrorAnswerIsAProblemDocument() {
    JsonNode responses = document.at("/components/responses");
    forEachOperation(
        (route, op) ->
            op.get("responses")
                .fields()
                .forEachRemaining(
                    r -> {
                      int status = Integer.parseInt(r.getKey());
                      if (status >= 400) {
                        String ref = r.getValue().path("$ref").asText();
                        assertThat(ref)
                            .as(route + " " + status)
                            .isEqualTo("#/components/responses/Problem" + status);
                        JsonNode response = responses.get("Problem" + status);
                        assertThat(
                                response
                                    .at("/content/application~1problem+json/schema/$ref")
                                    .asText())
                            .isEqualTo("#/components/schemas/Problem");
                      }
                    }));
    assertThat(document.at("/components/schemas/Problem/required").toString())
        .contains("type", "title", "status");
    assertThat(document.at("/components/responses/Problem429/headers/Retry-After").isMissingNode())
        .isFalse();
    assertThat(
            document
                .at("/components/responses/Problem401/headers/WWW-Authenticate")
                .isMissingNode())
        .isFalse();
  }

  @Test
  void securitySchemesAreBearerJwtAndTheOAuth2PasswordFlowOfTheLoginRoute() {
    JsonNode schemes = document.at("/components/securitySchemes");
    assertThat(schemes.at("/bearerAuth/scheme").asText()).isEqualTo("bearer");
    assertThat(schemes.at("/bearerAuth/bearerFormat").asText()).isEqualTo("JWT");
    assertThat(schemes.at("/oauth2/flows/password/tokenUrl").asText())
        .isEqualTo("/api/v1/auth/login");
    assertThat(registeredRoutes(app)).contains("POST " + OpenApi.LOGIN_PATH);
    assertThat(
            document
                .at(
                    "/paths/~1api~1v1~1auth~1login/post/requestBody/content/application~1x-www-form-urlencoded/schema/required")
                .toString())
        .contains("username", "password");
  }

  @Test
  void amountsAreStringsDatesAndIdsHaveFormatsAndEnumsComeFromTheDomain() {
    JsonNode expense = document.at("/components/schemas/Expense/properties");
    assertThat(expense.at("/amount/type").asText()).isEqualTo("string");
    assertThat(expense.at("/spent_at/format").asText()).isEqualTo("date");
    assertThat(expense.at("/created_at/format").asText()).isEqualTo("date-time");
    assertThat(expense.at("/id/format").asText()).isEqualTo("uuid");
    assertThat(document.at("/components/schemas/ExpenseSummary/properties/total/type").asText())
        .isEqualTo("string");
    assertThat(texts(document.at("/components/schemas/Role/enum")))
        .containsExactly(
            java.util.Arrays.stream(Role.values()).map(Role::wireName).toArray(String[]::new));
    assertThat(texts(document.at("/components/schemas/AssignableRole/enum")))
        .containsExactly("admin", "member", "viewer");
    assertThat(texts(document.at("/components/schemas/SplitMode/enum")))
        .containsExactly("equal", "exact", "percent", "shares");
    assertThat(document.at("/components/schemas/MoneyLine/properties/amount/type").asText())
        .isEqualTo("string");
    assertThat(document.at("/components/schemas/Balance/properties/net/type").asText())
        .isEqualTo("string");
    assertThat(document.at("/components/schemas/Expense/required").toString())
        .contains("\"payers\"", "\"split\"", "\"parts\"");
    JsonNode sort = null;
    for (JsonNode p :
        document.at("/paths/~1api~1v1~1workspaces~1{workspace_id}~1expenses/get/parameters")) {
      if (p.get("name").asText().equals("sort")) {
        sort = p;
      }
    }
    assertThat(sort).isNotNull();
    assertThat(texts(sort.at("/schema/enum")))
        .containsExactly(
            java.util.Arrays.stream(ExpenseSort.values())
                .map(ExpenseSort::wireName)
                .toArray(String[]::new));
  }

  @Test
  void everyReferenceResolves() {
    List<String> refs = new ArrayList<>();
    collectRefs(document, refs);
    assertThat(refs).isNotEmpty();
    for (String ref : refs) {
      assertThat(ref).startsWith("#/");
      assertThat(document.at(ref.substring(1)).isMissingNode()).as(ref).isFalse();
    }
  }

  @Test
  void swaggerUiAndRedocLoadOnlyAssetsServedHere() throws Exception {
    for (String page : List.of(ApiDocsRoutes.SWAGGER_UI, ApiDocsRoutes.REDOC)) {
      HttpResponse<String> html = get(page);
      assertThat(html.statusCode()).isEqualTo(200);
      assertThat(html.headers().firstValue("Content-Type"))
          .hasValueSatisfying(v -> assertThat(v).startsWith("text/html"));
      assertThat(html.body()).doesNotContain("http://", "https://", "//fonts", "cdn");
      Matcher m = ASSET.matcher(html.body());
      int assets = 0;
      while (m.find()) {
        String asset = m.group(1);
        assertThat(asset).as(page).startsWith("/webjars/");
        HttpResponse<String> served = get(asset);
        assertThat(served.statusCode()).as(asset).isEqualTo(200);
        assertThat(served.headers().firstValue("Cache-Control")).as(asset).hasValue("no-store");
        assertThat(served.headers().firstValue("X-Content-Type-Options"))
            .as(asset)
            .hasValue("nosniff");
        assertThat(served.body()).as(asset).hasSizeGreaterThan(100);
        assets++;
      }
      assertThat(assets).as(page).isGreaterThan(0);
    }
    assertThat(get(ApiDocsRoutes.SWAGGER_UI).body())
        .contains("validatorUrl: null", "url: \"/openapi.json\"");
    assertThat(get(ApiDocsRoutes.REDOC).body()).contains("spec-url=\"/openapi.json\"");
    Matcher css = ASSET.matcher(get(ApiDocsRoutes.SWAGGER_UI).body());
    assertThat(css.find()).isTrue();
    String webjar = css.group(1).substring(0, css.group(1).lastIndexOf('/'));
    assertThat(get(webjar + "/index.html").statusCode())
        .as("the webjar's demo page")
        .isEqualTo(404);
    assertThat(get(webjar + "/swagger-initializer.js").statusCode()).isEqualTo(404);
  }

  @Test
  void theDocumentationPagesCarryTheSecurityHeadersToo() throws Exception {
    HttpResponse<String> html = get(ApiDocsRoutes.SWAGGER_UI);
    assertThat(html.headers().firstValue("X-Content-Type-Options")).hasValue("nosniff");
    assertThat(html.headers().firstValue("X-Frame-Options")).hasValue("DENY");
    for (String page : List.of(ApiDocsRoutes.SWAGGER_UI, ApiDocsRoutes.REDOC)) {
      assertThat(get(page).headers().firstValue("Content-Security-Policy"))
          .as(page)
          .hasValueSatisfying(
              csp ->
                  assertThat(csp)
                      .contains(
                          "default-src 'self'", "connect-src 'self'", "img-src 'self' data:"));
    }
  }

  private static List<String> texts(JsonNode array) {
    List<String> out = new ArrayList<>();
    array.forEach(n -> out.add(n.asText()));
    return out;
  }

  private static void collectRefs(JsonNode node, List<String> refs) {
    if (node.isObject()) {
      Iterator<Map.Entry<String, JsonNode>> fields = node.fields();
      while (fields.hasNext()) {
        Map.Entry<String, JsonNode> f = fields.next();
        if (f.getKey().equals("$ref")) {
          refs.add(f.getValue().asText());
        } else {
          collectRefs(f.getValue(), refs);
        }
      }
    } else if (node.isArray()) {
      node.forEach(n -> collectRefs(n, refs));
    }
  }

  private static void forEachOperation(java.util.function.BiConsumer<String, JsonNode> check) {
    document
        .get("paths")
        .fields()
        .forEachRemaining(
            path ->
                path.getValue()
                    .fields()
                    .forEachRemaining(
                        op ->
                            check.accept(
                                op.getKey().toUpperCase(Locale.ROOT) + " " + path.getKey(),
                                op.getValue())));
  }

  static HttpResponse<String> get(String path) throws Exception {
    return client.send(
        HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + app.port() + path)).build(),
        HttpResponse.BodyHandlers.ofString());
  }
}
