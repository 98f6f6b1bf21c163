package org.expensetracker.adapters.http;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.util.Objects;
import java.util.UUID;
import org.eclipse.jetty.http.HttpFields;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.handler.ErrorHandler;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The answers Jetty gives on its own, before Javalin sees the request (headers over the limit, a
 * URI too long or climbing above the root, broken framing, a request line it cannot route), as
 * problem documents with the security headers. Jetty's default is an HTML page that depends on
 * {@code Accept} and quotes its reason; RequestLog never sees these requests, so they are logged
 * here.
 */
final class JettyProblems extends ErrorHandler {
  private static final Logger log = LoggerFactory.getLogger(JettyProblems.class);
  private static final int MAX_LOGGED_REASON = 200;

  private final ProblemResponses problems;

  JettyProblems(ProblemResponses problems) {
    this.problems = problems;
  }

  /** A request Jetty could not parse: there is no request object, only the response headers. */
  @Override
  public ByteBuffer badMessageError(int status, String reason, HttpFields.Mutable fields) {
    String requestId = UUID.randomUUID().toString();
    log.info("Refused by Jetty [request {}]: {} {}", requestId, status, printable(reason));
    SecurityHeaders.forEach(fields::put);
    fields.put(RequestIds.HEADER, requestId);
    fields.put(HttpHeader.CONTENT_TYPE, Problem.MEDIA_TYPE);
    return ByteBuffer.wrap(problems.bareProblem(status, requestId));
  }

  /** A parsed request Jetty refused or failed (sendError), whatever its method and Accept. */
  @Override
  public void handle(
      String target, Request baseRequest, HttpServletRequest request, HttpServletResponse response)
      throws IOException {
    int status = response.getStatus();
    String requestId =
        Objects.requireNonNullElseGet(
            response.getHeader(RequestIds.HEADER), () -> UUID.randomUUID().toString());
    if (request.getAttribute(RequestDispatcher.ERROR_EXCEPTION) instanceof Throwable cause) {
      log.error("Failed in Jetty [request {}]: {}", requestId, status, cause);
    } else {
      Object reason = request.getAttribute(RequestDispatcher.ERROR_MESSAGE);
      log.info("Refused by Jetty [request {}]: {} {}", requestId, status, printable(reason));
    }
    SecurityHeaders.forEach(response::setHeader);
    response.setHeader(RequestIds.HEADER, requestId);
    if (status == 503) { // a request arriving while the server stops: another instance may answer
      response.setHeader("Retry-After", ProblemResponses.RETRY_AFTER_SECONDS);
    }
    byte[] body = problems.bareProblem(status, requestId);
    response.setContentType(Problem.MEDIA_TYPE);
    response.setContentLength(body.length);
    response.getOutputStream().write(body);
    baseRequest.setHandled(true);
  }

  /** Jetty's default writes no body for methods other than GET, POST and HEAD. */
  @Override
  public boolean errorPageForMethod(String method) {
    return true;
  }

  /** Jetty's reason may quote the request: no control characters into the log, and not much. */
  private static String printable(Object reason) {
    if (reason == null) {
      return "-";
    }
    String text = reason.toString().replaceAll("[^\\x20-\\x7E]", "?");
    return text.length() > MAX_LOGGED_REASON ? text.substring(0, MAX_LOGGED_REASON) : text;
  }
}
