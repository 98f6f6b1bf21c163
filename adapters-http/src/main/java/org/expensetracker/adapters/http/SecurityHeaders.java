package org.expensetracker.adapters.http;

import io.javalin.http.Context;

/** Headers every response carries, errors included (set before the handler runs). */
final class SecurityHeaders {
  private SecurityHeaders() {}

  static void apply(Context ctx) {
    ctx.header("X-Content-Type-Options", "nosniff");
    ctx.header("X-Frame-Options", "DENY");
    ctx.header("Referrer-Policy", "no-referrer");
    ctx.header("Cache-Control", "no-store");
  }
}
