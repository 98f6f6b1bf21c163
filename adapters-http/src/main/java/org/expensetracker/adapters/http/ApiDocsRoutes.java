package org.expensetracker.adapters.http;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.javalin.Javalin;
import io.javalin.http.staticfiles.Location;
import io.javalin.http.staticfiles.StaticFileConfig;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Properties;

/**
 * {@code /openapi.json}, Swagger UI at {@code /docs} and ReDoc at {@code /redoc}. Both UIs load
 * only what this server serves from its webjars: no CDN, no fonts, no validator, so they work on a
 * machine without internet.
 */
final class ApiDocsRoutes {
  static final String OPENAPI = "/openapi.json";
  static final String SWAGGER_UI = "/docs";
  static final String REDOC = "/redoc";
  static final String API_VERSION = "1.0.0";

  /**
   * The pages may load and call only this server: the UIs' own defaults would fetch a logo from a
   * CDN (ReDoc) or post the document to a validator (Swagger UI). Inline styles and the inline
   * initializer are the UIs' own; ReDoc renders in a blob: worker.
   */
  static final String CONTENT_SECURITY_POLICY =
      "default-src 'self'; script-src 'self' 'unsafe-inline'; style-src 'self' 'unsafe-inline';"
          + " img-src 'self' data:; font-src 'self' data:; connect-src 'self';"
          + " worker-src 'self' blob:; frame-ancestors 'none'; base-uri 'none'; form-action 'none'";

  private final String document;
  private final String swaggerPage;
  private final String redocPage;

  ApiDocsRoutes(ObjectMapper mapper) {
    try {
      document =
          mapper
              .writerWithDefaultPrettyPrinter()
              .writeValueAsString(document().document(API_VERSION));
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("Could not write the OpenAPI document", e);
    }
    swaggerPage =
        page("swagger-ui.html")
            .replace(
                "@SWAGGER_UI@", "/webjars/swagger-ui/" + webjarVersion("org.webjars", "swagger-ui"))
            .replace("@OPENAPI@", OPENAPI);
    redocPage =
        page("redoc.html")
            .replace("@REDOC@", "/webjars/redoc/" + webjarVersion("org.webjars.npm", "redoc"))
            .replace("@OPENAPI@", OPENAPI);
  }

  /** The description of every route, area by area; a new area adds its {@code *Docs} here. */
  static OpenApi document() {
    OpenApi api = new OpenApi();
    IdentityDocs.describe(api);
    WorkspaceDocs.describe(api);
    SharedExpenseDocs.describeSharing(api);
    ExpenseDocs.describe(api);
    SharedExpenseDocs.describe(api);
    HistoryDocs.describe(api);
    ExchangeRateDocs.describe(api);
    HealthDocs.describe(api);
    return api;
  }

  /**
   * Serves {@code /webjars/**} from the webjars on the classpath. Javalin's own {@code
   * enableWebjars()} sends a year of {@code Cache-Control: max-age}, which would override the
   * {@code no-store} every response carries.
   */
  static void webjars(StaticFileConfig files) {
    files.hostedPath = "/webjars";
    files.directory = "META-INF/resources/webjars";
    files.location = Location.CLASSPATH;
    files.headers = Map.of("Cache-Control", "no-store");
    // The webjars' own demo pages point at an online example document: serve scripts and styles
    // only.
    files.skipFileFunction =
        request -> {
          String path = request.getRequestURI();
          return path.endsWith(".html") || path.endsWith("swagger-initializer.js");
        };
  }

  void register(Javalin app) {
    app.get(OPENAPI, ctx -> ctx.contentType("application/json").result(document));
    app.get(
        SWAGGER_UI,
        ctx -> ctx.header("Content-Security-Policy", CONTENT_SECURITY_POLICY).html(swaggerPage));
    app.get(
        REDOC,
        ctx -> ctx.header("Content-Security-Policy", CONTENT_SECURITY_POLICY).html(redocPage));
  }

  private static String page(String name) {
    try (InputStream in = ApiDocsRoutes.class.getResourceAsStream(name)) {
      if (in == null) {
        throw new IllegalStateException("Missing resource " + name);
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The version a webjar is packaged under, read from its own Maven metadata. */
  private static String webjarVersion(String group, String artifact) {
    String path = "/META-INF/maven/" + group + "/" + artifact + "/pom.properties";
    try (InputStream in = ApiDocsRoutes.class.getResourceAsStream(path)) {
      if (in == null) {
        throw new IllegalStateException("Missing webjar " + group + ":" + artifact);
      }
      Properties properties = new Properties();
      properties.load(in);
      return properties.getProperty("version");
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
