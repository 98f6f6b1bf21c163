package org.expensetracker.adapters.http;

import static org.expensetracker.adapters.http.Schemas.NODES;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The OpenAPI 3 document, built in code from one {@link Operation} per route (each area describes
 * its routes in its own {@code *Docs} class). Whatever follows from the path alone is derived here
 * so it cannot be forgotten: path parameters, the bearer/OAuth2 security of everything the auth
 * filter guards and its 401, the 404 of a path with ids, the 400/413/415 of a body.
 */
final class OpenApi {
  static final String LOGIN_PATH = "/api/v1/auth/login";
  private static final Pattern PATH_PARAMETER = Pattern.compile("\\{([a-z_]+)}");
  private static final Map<String, String> PATH_PARAMETERS =
      Map.of(
          "workspace_id", "The workspace (a non-member gets the 404 of a missing workspace)",
          "user_id", "A member's user id",
          "expense_id", "The expense",
          "settlement_id", "The settlement",
          "currency", "An ISO 4217 code such as JPY");
  private static final Map<Integer, String> PROBLEMS = problemTitles();

  private final List<Operation> operations = new ArrayList<>();
  private final ObjectNode schemas = NODES.objectNode();
  private final List<String[]> tags = new ArrayList<>();

  OpenApi() {
    schema(
        "FieldProblem",
        Schemas.object()
            .required(
                "field",
                Schemas.described(
                    Schemas.string(), "Where: a body field, query parameter or header name"))
            .required("message", Schemas.string())
            .build());
    schema(
        "Problem",
        Schemas.object()
            .description("An RFC 9457 problem document; every error answer is one")
            .required(
                "type",
                Schemas.described(
                    Schemas.string(),
                    "A relative URI naming the problem, e.g. /problems/not-found"))
            .required("title", Schemas.string())
            .required("status", Schemas.integer(400, 599))
            .optional("detail", Schemas.string())
            .optional("errors", Schemas.array(Schemas.ref("FieldProblem")))
            .optional(
                "request_id",
                Schemas.described(Schemas.string(), "Also sent as X-Request-Id; quote it"))
            .build());
  }

  /** Adds a named schema under {@code components/schemas}. */
  void schema(String name, ObjectNode schema) {
    schemas.set(name, schema);
  }

  void tag(String name, String description) {
    tags.add(new String[] {name, description});
  }

  Operation get(String path, String operationId) {
    return add("get", path, operationId);
  }

  Operation post(String path, String operationId) {
    return add("post", path, operationId);
  }

  Operation put(String path, String operationId) {
    return add("put", path, operationId);
  }

  Operation patch(String path, String operationId) {
    return add("patch", path, operationId);
  }

  Operation delete(String path, String operationId) {
    return add("delete", path, operationId);
  }

  private Operation add(String method, String path, String operationId) {
    Operation operation = new Operation(method, path, operationId);
    operations.add(operation);
    return operation;
  }

  /** Every documented route as {@code "GET /path/{id}"}, in Javalin's path syntax. */
  Set<String> routes() {
    Set<String> routes = new LinkedHashSet<>();
    operations.forEach(
        o -> routes.add(o.method().toUpperCase(java.util.Locale.ROOT) + " " + o.path()));
    return routes;
  }

  ObjectNode document(String version) {
    ObjectNode root = NODES.objectNode().put("openapi", "3.0.3");
    ObjectNode info =
        root.putObject("info")
            .put("title", "Expense Tracker API")
            .put("version", version)
            .put(
                "description",
                "Shared-expense management: register and verify an email address, log in for a"
                    + " JWT, create workspaces, add members with roles, record expenses split among"
                    + " members. Amounts are exact decimal strings; every error is"
                    + " application/problem+json (RFC 9457). Use \"Authorize\" with your email as"
                    + " username to log in.");
    // Relative: "Try it out" calls the server that served the page, whatever its host and port.
    root.putArray("servers").addObject().put("url", "/").put("description", "this server");
    var tagList = root.putArray("tags");
    tags.forEach(t -> tagList.addObject().put("name", t[0]).put("description", t[1]));
    ObjectNode paths = root.putObject("paths");
    for (Operation operation : operations) {
      ObjectNode item =
          paths.has(operation.path())
              ? (ObjectNode) paths.get(operation.path())
              : paths.putObject(operation.path());
      item.set(operation.method(), operation.toJson());
    }
    ObjectNode components = root.putObject("components");
    components.set("schemas", schemas);
    ObjectNode responses = components.putObject("responses");
    PROBLEMS.forEach(
        (status, title) -> responses.set(problemName(status), problemResponse(status, title)));
    ObjectNode security = components.putObject("securitySchemes");
    security
        .putObject("bearerAuth")
        .put("type", "http")
        .put("scheme", "bearer")
        .put("bearerFormat", "JWT")
        .put("description", "The access_token from " + LOGIN_PATH);
    security
        .putObject("metricsToken")
        .put("type", "http")
        .put("scheme", "bearer")
        .put("description", "METRICS_TOKEN of the server (not a user token)");
    security
        .putObject("oauth2")
        .put("type", "oauth2")
        .put("description", "OAuth2 password flow: username is the email address")
        .putObject("flows")
        .putObject("password")
        .put("tokenUrl", LOGIN_PATH)
        .putObject("scopes");
    return root;
  }

  private static ObjectNode problemResponse(int status, String title) {
    ObjectNode response = NODES.objectNode().put("description", title);
    if (status == 401) {
      response.putObject("headers").set("WWW-Authenticate", header("Always Bearer"));
    } else if (status == 429 || status == 503) {
      response
          .putObject("headers")
          .set("Retry-After", header("Seconds to wait before trying again"));
    }
    response
        .putObject("content")
        .putObject(Problem.MEDIA_TYPE)
        .set("schema", Schemas.ref("Problem"));
    return response;
  }

  private static ObjectNode header(String description) {
    ObjectNode header = NODES.objectNode().put("description", description);
    header.set("schema", Schemas.string());
    return header;
  }

  private static String problemName(int status) {
    return "Problem" + status;
  }

  private static Map<Integer, String> problemTitles() {
    Map<Integer, String> titles = new TreeMap<>();
    titles.put(400, "Malformed or invalid input; field problems are listed in errors");
    titles.put(401, "Missing, invalid or expired token, or wrong credentials");
    titles.put(403, "A member whose role does not allow this, or an unverified email at login");
    titles.put(404, "No such resource, or a workspace the caller is not a member of");
    titles.put(409, "Conflicts with the current state");
    titles.put(412, "If-Match names a version that is no longer current");
    titles.put(413, "The body is over 1 MiB");
    titles.put(415, "The body is not JSON (or the login form)");
    titles.put(422, "Well-formed but breaks a business rule");
    titles.put(429, "Too many attempts; see Retry-After");
    titles.put(500, "A fault on the server's side; quote the request_id");
    titles.put(503, "The database is not answering, or the server is busy; see Retry-After");
    return titles;
  }

  /** One route: what it takes, what it answers, which problems it may give. */
  final class Operation {
    private final String method;
    private final String path;
    private final ObjectNode json = NODES.objectNode();
    private final ObjectNode responses = NODES.objectNode();
    private final List<ObjectNode> parameters = new ArrayList<>();
    private final Set<Integer> problems = new java.util.TreeSet<>();

    private Operation(String method, String path, String operationId) {
      this.method = method;
      this.path = path;
      json.put("operationId", operationId);
      Matcher m = PATH_PARAMETER.matcher(path);
      while (m.find()) {
        String description = PATH_PARAMETERS.get(m.group(1));
        if (description == null) {
          throw new IllegalStateException("Describe path parameter " + m.group(1) + " of " + path);
        }
        ObjectNode schema = m.group(1).equals("currency") ? Schemas.currency() : Schemas.uuid();
        parameters.add(parameter("path", m.group(1), schema, description).put("required", true));
        problems.add(404);
      }
      if (isProtected()) {
        json.putArray("security")
            .add(NODES.objectNode().set("bearerAuth", NODES.arrayNode()))
            .add(NODES.objectNode().set("oauth2", NODES.arrayNode()));
        problems.add(401);
      } else {
        json.putArray("security"); // explicitly public
      }
      if (path.startsWith(BearerAuth.PROTECTED_PREFIX)) {
        problems.add(500);
        problems.add(503);
      }
    }

    String method() {
      return method;
    }

    String path() {
      return path;
    }

    /** Guarded by the bearer filter, by the same rule {@link BearerAuth} applies. */
    boolean isProtected() {
      return path.startsWith(BearerAuth.PROTECTED_PREFIX)
          && !path.startsWith(BearerAuth.PUBLIC_PREFIX);
    }

    Operation summary(String tag, String summary, String description) {
      json.putArray("tags").add(tag);
      json.put("summary", summary);
      if (description != null) {
        json.put("description", description);
      }
      return this;
    }

    /** Guarded by another bearer scheme than the user token (e.g. the metrics token). */
    Operation securedBy(String scheme) {
      json.putArray("security").add(NODES.objectNode().set(scheme, NODES.arrayNode()));
      return this;
    }

    Operation query(String name, ObjectNode schema, String description) {
      parameters.add(parameter("query", name, schema, description));
      problems.add(400);
      return this;
    }

    Operation header(String name, ObjectNode schema, String description) {
      parameters.add(parameter("header", name, schema, description));
      return this;
    }

    /** A required JSON body. */
    Operation body(ObjectNode schema) {
      return body(Map.of("application/json", schema));
    }

    /** A required body in one of several media types. */
    Operation body(Map<String, ObjectNode> schemas) {
      ObjectNode content = json.putObject("requestBody").put("required", true).putObject("content");
      new TreeMap<>(schemas)
          .forEach((type, schema) -> content.putObject(type).set("schema", schema));
      problems.add(400);
      problems.add(413);
      problems.add(415);
      return this;
    }

    /** A success answer with a JSON body. */
    Operation answers(int status, String description, ObjectNode schema) {
      response(status, description)
          .putObject("content")
          .putObject("application/json")
          .set("schema", schema);
      return this;
    }

    /** A success answer in another media type (CSV). */
    Operation answers(int status, String description, String mediaType, ObjectNode schema) {
      ObjectNode response =
          responses.has(Integer.toString(status))
              ? (ObjectNode) responses.get(Integer.toString(status))
              : response(status, description);
      ObjectNode content =
          response.has("content")
              ? (ObjectNode) response.get("content")
              : response.putObject("content");
      content.putObject(mediaType).set("schema", schema);
      return this;
    }

    /** A success answer without a body (204, 304). */
    Operation answers(int status, String description) {
      response(status, description);
      return this;
    }

    /** A response header on the success answer given last. */
    Operation withHeader(int status, String name, String description) {
      ObjectNode response = (ObjectNode) responses.get(Integer.toString(status));
      ObjectNode headers =
          response.has("headers")
              ? (ObjectNode) response.get("headers")
              : response.putObject("headers");
      headers.set(name, OpenApi.header(description));
      return this;
    }

    /** Problem statuses beyond those the path and body imply. */
    Operation problems(int... statuses) {
      for (int status : statuses) {
        if (!PROBLEMS.containsKey(status)) {
          throw new IllegalArgumentException("No problem response for " + status);
        }
        problems.add(status);
      }
      return this;
    }

    private ObjectNode response(int status, String description) {
      ObjectNode response = NODES.objectNode().put("description", description);
      responses.set(Integer.toString(status), response);
      return response;
    }

    private ObjectNode parameter(String in, String name, ObjectNode schema, String description) {
      ObjectNode parameter =
          NODES.objectNode().put("name", name).put("in", in).put("description", description);
      parameter.set("schema", schema);
      return parameter;
    }

    ObjectNode toJson() {
      ObjectNode out = json.deepCopy();
      if (!parameters.isEmpty()) {
        var list = out.putArray("parameters");
        parameters.forEach(list::add);
      }
      ObjectNode all = responses.deepCopy();
      for (int status : problems) {
        all.putObject(Integer.toString(status))
            .put("$ref", "#/components/responses/" + problemName(status));
      }
      out.set("responses", all);
      return out;
    }
  }
}
