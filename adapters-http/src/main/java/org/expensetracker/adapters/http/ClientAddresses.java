package org.expensetracker.adapters.http;

import io.javalin.http.Context;
import java.util.Collections;

/** The client address of a request (for per-client limits), worked out once by the filter. */
final class ClientAddresses {
  static final String FORWARDED_FOR = "X-Forwarded-For";
  private static final String ATTRIBUTE = "client-address";

  private ClientAddresses() {}

  static void assign(Context ctx, TrustedProxies proxies) {
    ctx.attribute(
        ATTRIBUTE,
        proxies.clientOf(
            ctx.req().getRemoteAddr(), Collections.list(ctx.req().getHeaders(FORWARDED_FOR))));
  }

  static String of(Context ctx) {
    String address = ctx.attribute(ATTRIBUTE);
    return address == null ? ctx.req().getRemoteAddr() : address;
  }
}
