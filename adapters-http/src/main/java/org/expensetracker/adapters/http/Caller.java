package org.expensetracker.adapters.http;

import io.javalin.http.Context;
import org.expensetracker.domain.identity.UserId;

/**
 * Who is calling: the authenticated user of a request, or {@code AuthenticationFailed} (401). Route
 * classes take a {@code Caller} so tests can pass their own; the server uses {@link
 * #AUTHENTICATED}. Use cases receive this id, never a token.
 */
@FunctionalInterface
interface Caller {
  /** The user the bearer filter ({@link BearerAuth}) authenticated for this request. */
  Caller AUTHENTICATED = BearerAuth::callerOf;

  UserId of(Context ctx);
}
