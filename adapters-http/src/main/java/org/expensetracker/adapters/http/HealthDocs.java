package org.expensetracker.adapters.http;

import static org.expensetracker.adapters.http.Schemas.enumOf;
import static org.expensetracker.adapters.http.Schemas.object;

/** OpenAPI description of {@link HealthRoutes} and of the documentation pages themselves. */
final class HealthDocs {
  private static final String TAG = "Operations";

  private HealthDocs() {}

  static void describe(OpenApi api) {
    api.tag(TAG, "Health checks and this documentation");
    api.get("/health", "health")
        .summary(TAG, "Liveness: the process answers", null)
        .answers(200, "Alive", object().required("status", enumOf("ok")).build());
    api.get("/health/ready", "ready")
        .summary(TAG, "Readiness: the database answers too", null)
        .answers(200, "Ready", object().required("status", enumOf("ready")).build())
        .problems(503);
    api.get(HttpMetrics.PATH, "metrics")
        .summary(
            TAG,
            "Prometheus metrics",
            "404 on this port unless METRICS_TOKEN is set; then it needs that token as bearer."
                + " METRICS_PORT serves it on a separate listener instead.")
        .securedBy("metricsToken")
        .answers(200, "Prometheus text format", "text/plain", Schemas.string())
        .problems(401, 404);
    api.get(ApiDocsRoutes.OPENAPI, "openApi")
        .summary(TAG, "This OpenAPI document", null)
        .answers(200, "OpenAPI 3 document", object().build());
    api.get(ApiDocsRoutes.SWAGGER_UI, "swaggerUi")
        .summary(TAG, "Swagger UI (served entirely by this server)", null)
        .answers(200, "HTML page", "text/html", Schemas.string());
    api.get(ApiDocsRoutes.REDOC, "redoc")
        .summary(TAG, "ReDoc (served entirely by this server)", null)
        .answers(200, "HTML page", "text/html", Schemas.string());
  }
}
