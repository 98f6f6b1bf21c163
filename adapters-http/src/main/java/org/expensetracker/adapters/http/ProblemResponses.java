package org.expensetracker.adapters.http;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.javalin.Javalin;
import io.javalin.http.Context;
import io.javalin.http.HttpResponseException;
import io.javalin.http.HttpStatus;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.expensetracker.application.port.out.CapacityExceeded;
import org.expensetracker.application.port.out.StorageUnavailable;
import org.expensetracker.domain.shared.AuthenticationFailed;
import org.expensetracker.domain.shared.Conflict;
import org.expensetracker.domain.shared.DomainException;
import org.expensetracker.domain.shared.Forbidden;
import org.expensetracker.domain.shared.InvalidInput;
import org.expensetracker.domain.shared.NotFound;
import org.expensetracker.domain.shared.PreconditionFailed;
import org.expensetracker.domain.shared.RuleViolation;
import org.expensetracker.domain.shared.TooManyRequests;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Maps every failure to an RFC 9457 problem: the core's {@link DomainException}s once by their base
 * class, the adapter's own refusals, Javalin's 404/405, a missing database (503), and anything else
 * as a 500 that is logged with the request id but never shows a stack trace or SQL.
 */
final class ProblemResponses {
  private static final Logger log = LoggerFactory.getLogger(ProblemResponses.class);
  static final String RETRY_AFTER_SECONDS = "2";

  private final ObjectMapper mapper;

  ProblemResponses(ObjectMapper mapper) {
    this.mapper = mapper;
  }

  void register(Javalin app) {
    app.exception(DomainException.class, (e, ctx) -> domain(e, ctx));
    app.exception(
        ApiError.class,
        (e, ctx) -> send(ctx, e.status().getCode(), e.code(), e.getMessage(), e.errors()));
    app.exception(
        StorageUnavailable.class,
        (e, ctx) -> {
          log.warn(
              "Storage unavailable [request {}]: {}",
              RequestIds.of(ctx),
              e.getCause() == null ? e : e.getCause().toString());
          ctx.header("Retry-After", RETRY_AFTER_SECONDS);
          send(
              ctx,
              503,
              "service-unavailable",
              "The database is not answering; try again shortly",
              List.of());
        });
    app.exception(
        CapacityExceeded.class,
        (e, ctx) -> {
          log.warn("Busy [request {}]: {}", RequestIds.of(ctx), e.getMessage());
          ctx.header("Retry-After", RETRY_AFTER_SECONDS);
          send(ctx, 503, "server-busy", "The server is busy; try again shortly", List.of());
        });
    app.exception(HttpResponseException.class, (e, ctx) -> javalin(e, ctx));
    app.exception(
        Exception.class,
        (e, ctx) -> {
          log.error(
              "Unhandled error [request {}] {} {}",
              RequestIds.of(ctx),
              ctx.method(),
              ctx.path(),
              e);
          send(
              ctx,
              500,
              "internal-error",
              "Something went wrong on our side; quote the request id",
              List.of());
        });
    // Javalin answers unmatched routes and wrong methods itself; give those the same problem shape.
    app.error(HttpStatus.NOT_FOUND, ctx -> fallback(ctx, 404, "not-found", "No such resource"));
    app.error(
        HttpStatus.METHOD_NOT_ALLOWED,
        ctx ->
            fallback(
                ctx, 405, "method-not-allowed", "This method is not allowed on this resource"));
  }

  private void domain(DomainException e, Context ctx) {
    int status;
    List<Problem.FieldProblem> errors = List.of();
    if (e instanceof InvalidInput invalid) {
      status = 400;
      errors =
          invalid.errors().stream()
              .map(f -> new Problem.FieldProblem(f.field(), f.message()))
              .toList();
    } else if (e instanceof AuthenticationFailed) {
      status = 401;
      ctx.header("WWW-Authenticate", "Bearer");
    } else if (e instanceof Forbidden) {
      status = 403;
    } else if (e instanceof NotFound) {
      status = 404;
    } else if (e instanceof Conflict) {
      status = 409;
    } else if (e instanceof PreconditionFailed) {
      status = 412;
    } else if (e instanceof RuleViolation) {
      status = 422;
    } else if (e instanceof TooManyRequests tooMany) {
      status = 429;
      ctx.header("Retry-After", String.valueOf(Math.max(1, tooMany.retryAfter().toSeconds())));
    } else {
      status = 400;
    }
    send(ctx, status, e.code(), e.getMessage(), errors);
  }

  private void javalin(HttpResponseException e, Context ctx) {
    int status = e.getStatus();
    if (status == 401) {
      ctx.header("WWW-Authenticate", "Bearer");
    }
    if (status == 503) {
      ctx.header("Retry-After", RETRY_AFTER_SECONDS);
    }
    send(ctx, status, codeFor(status), detailFor(status), List.of());
  }

  /** The code of a refusal known only by its status (Javalin's or Jetty's own). */
  private static String codeFor(int status) {
    return switch (status) {
      case 401 -> "unauthorized";
      case 404 -> "not-found";
      case 405 -> "method-not-allowed";
      case 413 -> "payload-too-large";
      case 414 -> "uri-too-long";
      case 415 -> "unsupported-media-type";
      case 431 -> "headers-too-large";
      case 503 -> "service-unavailable";
      case 505 -> "http-version-not-supported";
      default -> status >= 500 ? "internal-error" : "bad-request";
    };
  }

  /** Fixed words per status: never a library's reason, which may quote the request. */
  private static String detailFor(int status) {
    return codeFor(status).equals("internal-error")
        ? "Something went wrong on our side"
        : reasonOf(status);
  }

  /**
   * The problem for a bare status, for answers Jetty writes before (or without) Javalin: there is
   * no {@link Context}, so the caller brings the request id.
   */
  byte[] bareProblem(int status, String requestId) {
    return body(status, codeFor(status), detailFor(status), List.of(), requestId);
  }

  private void fallback(Context ctx, int status, String code, String detail) {
    String current = ctx.res().getContentType();
    if (current == null || !current.startsWith(Problem.MEDIA_TYPE)) {
      send(ctx, status, code, detail, List.of());
    }
  }

  void send(
      Context ctx, int status, String code, String detail, List<Problem.FieldProblem> errors) {
    byte[] body = body(status, code, detail, errors, RequestIds.of(ctx));
    ctx.status(status).result(body).contentType(Problem.MEDIA_TYPE);
  }

  private byte[] body(
      int status, String code, String detail, List<Problem.FieldProblem> errors, String requestId) {
    Problem problem =
        new Problem(
            Problem.typeFor(code),
            reasonOf(status),
            status,
            detail,
            errors.isEmpty() ? null : errors,
            requestId);
    try {
      return mapper.writeValueAsBytes(problem);
    } catch (JsonProcessingException impossible) {
      return ("{\"status\":" + status + "}").getBytes(StandardCharsets.UTF_8);
    }
  }

  private static String reasonOf(int status) {
    HttpStatus known = HttpStatus.forStatus(status);
    return known == HttpStatus.UNKNOWN ? "Error" : known.getMessage();
  }
}
