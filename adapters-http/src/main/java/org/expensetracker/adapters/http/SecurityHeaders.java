package org.expensetracker.adapters.http;

import io.javalin.http.Context;
import java.util.function.BiConsumer;

/** Headers every response carries, errors included (set before the handler runs). */
final class SecurityHeaders {
  private SecurityHeaders() {}

  static void apply(Context ctx) {
    forEach(ctx::header);
  }

  /** Each header to {@code header}: also for the answers Jetty writes without Javalin. */
  static void forEach(BiConsumer<String, String> header) {
    header.accept("X-Content-Type-Options", "nosniff");
    header.accept("X-Frame-Options", "DENY");
    header.accept("Referrer-Policy", "no-referrer");
    header.accept("Cache-Control", "no-store");
  }
}
