package org.expensetracker.adapters.http;

import io.javalin.Javalin;
import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import io.micrometer.prometheusmetrics.PrometheusConfig;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Duration;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.expensetracker.domain.shared.AuthenticationFailed;

/**
 * The API's Prometheus metrics: a latency histogram per method, route template and status, and
 * business counters read off the same requests (registrations, logins, expenses recorded;
 * Prometheus reserves the suffix {@code _created}). Other adapters (pool, JVM) bind their meters to
 * {@link #registry()}.
 *
 * <p>{@code GET /metrics} answers only a caller presenting {@code Authorization: Bearer <token>}
 * when a token is set; without one it is served only by the separate listener of {@link
 * HttpApi#metricsListener}, and the public port answers 404 as for any unknown path.
 */
public final class HttpMetrics {
  static final String PATH = "/metrics";
  static final String UNMATCHED = "unmatched";
  private static final String CONTENT_TYPE = "text/plain; version=0.0.4; charset=utf-8";
  private static final Duration[] BUCKETS = {
    Duration.ofMillis(5),
    Duration.ofMillis(10),
    Duration.ofMillis(25),
    Duration.ofMillis(50),
    Duration.ofMillis(100),
    Duration.ofMillis(250),
    Duration.ofMillis(500),
    Duration.ofSeconds(1),
    Duration.ofMillis(2500),
    Duration.ofSeconds(5),
    Duration.ofSeconds(10)
  };

  private final PrometheusMeterRegistry registry;
  private final Optional<byte[]> token;
  private final Counter registrations;
  private final Counter loginsSucceeded;
  private final Counter loginsFailed;
  private final Counter expensesCreated;

  private HttpMetrics(PrometheusMeterRegistry registry, Optional<String> token) {
    this.registry = Objects.requireNonNull(registry, "registry");
    this.token = token.map(t -> t.getBytes(StandardCharsets.UTF_8));
    this.registrations =
        Counter.builder("expense_tracker.registrations")
            .description("Accounts registered (201 from POST /api/v1/auth/register)")
            .register(registry);
    this.loginsSucceeded = logins("succeeded");
    this.loginsFailed = logins("failed");
    this.expensesCreated =
        Counter.builder("expense_tracker.expenses.recorded")
            .description("Expenses recorded (idempotent replays not counted)")
            .register(registry);
  }

  /** A new registry; {@code token} (if any) guards {@code /metrics} on the public port. */
  public static HttpMetrics create(Optional<String> token) {
    return new HttpMetrics(new PrometheusMeterRegistry(PrometheusConfig.DEFAULT), token);
  }

  /** Metrics nobody can read over the public port (tests, embedding). */
  public static HttpMetrics unexposed() {
    return create(Optional.empty());
  }

  /** Where other adapters register their meters. */
  public MeterRegistry registry() {
    return registry;
  }

  /** The current values in the Prometheus text format. */
  public String scrape() {
    return registry.scrape();
  }

  private Counter logins(String outcome) {
    return Counter.builder("expense_tracker.logins")
        .description("Login attempts that got a token (succeeded) or were refused (failed)")
        .tag("outcome", outcome)
        .register(registry);
  }

  /** Records one finished request under its route template (never the raw path). */
  void record(String method, String route, int status, long nanos, boolean replayed) {
    Timer.builder("http.server.requests")
        .description("HTTP requests by method, route template and status")
        .tags("method", method, "route", route, "status", String.valueOf(status))
        .serviceLevelObjectives(BUCKETS)
        .register(registry)
        .record(nanos, TimeUnit.NANOSECONDS);
    if (!method.equals("POST")) {
      return;
    }
    switch (route) {
      case "/api/v1/auth/register" -> {
        if (status == 201) {
          registrations.increment();
        }
      }
      case "/api/v1/auth/login" -> {
        if (status == 200) {
          loginsSucceeded.increment();
        } else if (status == 401 || status == 403 || status == 429) {
          loginsFailed.increment();
        }
      }
      case ExpenseRoutes.BASE -> {
        if (status == 201 && !replayed) {
          expensesCreated.increment();
        }
      }
      default -> {
        // not a business event
      }
    }
  }

  /** {@code GET /metrics} on the public port: behind the token, or absent without one. */
  void registerOnPublicPort(Javalin app) {
    app.get(
        PATH,
        ctx -> {
          if (token.isEmpty()) {
            throw new ApiError(HttpStatus.NOT_FOUND, "not-found", "No such resource");
          }
          serve(ctx);
        });
  }

  /** Serves the scrape, checking the token when one is set. */
  void serve(Context ctx) {
    if (token.isPresent()) {
      String presented = BearerAuth.bearerToken(ctx);
      if (!MessageDigest.isEqual(token.get(), presented.getBytes(StandardCharsets.UTF_8))) {
        throw new AuthenticationFailed();
      }
    }
    ctx.contentType(CONTENT_TYPE).result(scrape());
  }

  @Override
  public String toString() {
    return "HttpMetrics[token=" + (token.isPresent() ? "set" : "none") + "]";
  }
}
