package org.expensetracker.adapters.http;

import io.javalin.http.Context;
import java.util.UUID;
import java.util.regex.Pattern;

/**
 * Gives every request an id (the caller's {@code X-Request-Id} when it is safe to echo, else a new
 * one), returned in the response header and written in log lines about the request.
 */
final class RequestIds {
  static final String HEADER = "X-Request-Id";
  private static final String ATTRIBUTE = "request-id";
  private static final Pattern SAFE = Pattern.compile("[A-Za-z0-9._-]{1,64}");

  private RequestIds() {}

  static void assign(Context ctx) {
    String incoming = ctx.header(HEADER);
    String id =
        incoming != null && SAFE.matcher(incoming).matches()
            ? incoming
            : UUID.randomUUID().toString();
    ctx.attribute(ATTRIBUTE, id);
    ctx.header(HEADER, id);
  }

  static String of(Context ctx) {
    String id = ctx.attribute(ATTRIBUTE);
    return id == null ? "-" : id;
  }
}
