package org.expensetracker.adapters.http;

import io.javalin.Javalin;
import java.util.Map;
import org.expensetracker.application.ExpenseTracker;

/** {@code /health}: the process is alive; {@code /health/ready}: the database answers too. */
final class HealthRoutes {
  private final ExpenseTracker core;

  HealthRoutes(ExpenseTracker core) {
    this.core = core;
  }

  void register(Javalin app) {
    app.get("/health", ctx -> ctx.json(Map.of("status", "ok")));
    app.get(
        "/health/ready",
        ctx -> {
          if (core.ready()) {
            ctx.json(Map.of("status", "ready"));
          } else {
            ctx.header("Retry-After", ProblemResponses.RETRY_AFTER_SECONDS);
            new ProblemResponses(Json.mapper())
                .send(
                    ctx,
                    503,
                    "service-unavailable",
                    "The database is not answering",
                    java.util.List.of());
          }
        });
  }
}
