package org.expensetracker.adapters.http;

import io.javalin.Javalin;
import io.javalin.http.Context;
import io.javalin.http.HandlerType;
import java.util.function.Supplier;
import org.expensetracker.application.port.in.AuthenticateUseCase;
import org.expensetracker.domain.identity.UserId;
import org.expensetracker.domain.shared.AuthenticationFailed;

/**
 * The auth filter: every {@code /api/v1/} route except {@code /api/v1/auth/} needs {@code
 * Authorization: Bearer <token>}. Tokens anywhere else (query string, cookies, body) are ignored.
 * Every failure is the same 401 with {@code WWW-Authenticate: Bearer}.
 */
final class BearerAuth {
  static final String PROTECTED_PREFIX = "/api/v1/";
  static final String PUBLIC_PREFIX = "/api/v1/auth/";
  private static final String ATTRIBUTE = "authenticated-user";
  private static final String SCHEME = "Bearer ";
  private static final int MAX_HEADER_LENGTH = SCHEME.length() + JwtTokens.MAX_TOKEN_LENGTH;

  // Resolved per request so the app can be built for cores without identity ports (tests).
  private final Supplier<AuthenticateUseCase> authenticate;

  BearerAuth(Supplier<AuthenticateUseCase> authenticate) {
    this.authenticate = authenticate;
  }

  void register(Javalin app) {
    app.before(this::check);
  }

  private void check(Context ctx) {
    String path = ctx.path();
    if (!path.startsWith(PROTECTED_PREFIX)
        || path.startsWith(PUBLIC_PREFIX)
        || ctx.method() == HandlerType.OPTIONS) {
      return;
    }
    UserId user = authenticate.get().authenticate(bearerToken(ctx));
    ctx.attribute(ATTRIBUTE, user);
  }

  static String bearerToken(Context ctx) {
    String header = ctx.header("Authorization");
    if (header == null
        || header.length() > MAX_HEADER_LENGTH
        || !header.regionMatches(true, 0, SCHEME, 0, SCHEME.length())) {
      throw new AuthenticationFailed();
    }
    String token = header.substring(SCHEME.length()).strip();
    if (token.isEmpty()) {
      throw new AuthenticationFailed();
    }
    return token;
  }

  /** The authenticated user of this request, or null (public route, or not authenticated). */
  static UserId userOf(Context ctx) {
    return ctx.attribute(ATTRIBUTE);
  }

  static UserId callerOf(Context ctx) {
    UserId user = ctx.attribute(ATTRIBUTE);
    if (user == null) {
      throw new AuthenticationFailed();
    }
    return user;
  }
}
