package org.expensetracker.adapters.http;

import io.javalin.Javalin;
import io.javalin.http.Context;
import io.javalin.router.InternalRouter;
import org.expensetracker.domain.identity.UserId;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.slf4j.MDC;

/**
 * One log line and one metric sample per finished request: method, route template, status,
 * duration, request id and the authenticated user when there is one. Never the raw path, query,
 * headers or body, so no token, password or code can reach the log through it. The fields also go
 * to the MDC, which the JSON log format writes as separate keys.
 */
final class RequestLog {
  private static final Logger log = LoggerFactory.getLogger(RequestLog.class);

  private final HttpMetrics metrics;
  private volatile InternalRouter router;

  RequestLog(HttpMetrics metrics) {
    this.metrics = metrics;
  }

  /**
   * Looks routes up in {@code app}'s router for requests a filter ended before the endpoint ran (a
   * 401 from the bearer filter), which Javalin leaves without an endpoint path.
   */
  void attach(Javalin app) {
    this.router = app.unsafeConfig().pvt.internalRouter;
  }

  void finished(Context ctx, Float millis) {
    String method = ctx.method().name();
    String route = routeOf(ctx, router);
    int status = ctx.statusCode();
    long nanos = (long) (millis * 1_000_000L);
    metrics.record(
        method, route, status, nanos, "true".equals(ctx.res().getHeader("Idempotent-Replayed")));
    UserId user = BearerAuth.userOf(ctx);
    String userId = user == null ? "-" : user.value().toString();
    String requestId = RequestIds.of(ctx);
    long durationMs = Math.round(millis);
    try (var m1 = MDC.putCloseable("http_method", method);
        var m2 = MDC.putCloseable("route", route);
        var m3 = MDC.putCloseable("status", String.valueOf(status));
        var m4 = MDC.putCloseable("duration_ms", String.valueOf(durationMs));
        var m5 = MDC.putCloseable("request_id", requestId);
        var m6 = MDC.putCloseable("user_id", userId)) {
      log.info(
          "{} {} {} {}ms request={} user={}", method, route, status, durationMs, requestId, userId);
    }
  }

  /**
   * The template of the route that answered ({@code /api/v1/workspaces/{workspace_id}}), or {@code
   * unmatched} for paths no route serves, so scanners cannot blow up the number of series.
   */
  static String routeOf(Context ctx, InternalRouter router) {
    String template;
    try {
      template = ctx.endpointHandlerPath();
    } catch (RuntimeException e) {
      template = null;
    }
    // Anything but a route's own path ("*", or the text of Javalin's 404 endpoint, which it
    // reports once an after handler is registered) is looked up again or counted as unmatched.
    if (!isRoute(template) && router != null) {
      template =
          router
              .findHttpHandlerEntries(ctx.method(), ctx.path())
              .findFirst()
              .map(entry -> entry.getEndpoint().getPath())
              .orElse(null);
    }
    return isRoute(template) ? template : HttpMetrics.UNMATCHED;
  }

  private static boolean isRoute(String template) {
    return template != null && template.startsWith("/");
  }
}
