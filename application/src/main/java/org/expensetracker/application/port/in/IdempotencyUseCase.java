package org.expensetracker.application.port.in;

import java.util.List;
import java.util.Objects;
import java.util.function.Supplier;
import java.util.regex.Pattern;
import org.expensetracker.domain.identity.UserId;
import org.expensetracker.domain.shared.InvalidInput;

/**
 * Incoming port: run a request at most once per (user, Idempotency-Key) within 24 hours. A retry
 * with the same key and the same request gets the first response again and does nothing; the same
 * key with a different request is refused (422); a concurrent duplicate waits for the first.
 */
public interface IdempotencyUseCase {

  /**
   * Runs {@code work} and remembers its response, in one transaction with the work itself (the
   * work's own use case joins it), or replays the remembered response, after checking, as the work
   * would, that the caller is still a member allowed to create what the request creates (404 for a
   * non-member, 403 for a role without the right).
   */
  Outcome run(Request request, Supplier<Response> work);

  /**
   * What an idempotent request creates in its workspace. A replay answers only a caller who may
   * still create it there, so a removed member gets a non-member's 404 rather than the stored 201.
   */
  enum Creates {
    EXPENSE,
    SETTLEMENT
  }

  /**
   * A request to run once.
   *
   * @param scope the caller (keys are per user) and the workspace the request creates something in
   * @param fingerprint a digest of everything that makes two requests "the same" (method, path,
   *     body), as 64 hex characters (SHA-256)
   */
  record Request(Scope scope, Creates creates, String key, String fingerprint) {
    private static final Pattern KEY = Pattern.compile("[\\x21-\\x7E]{1,255}");
    private static final Pattern HEX = Pattern.compile("[0-9a-f]{64}");

    public Request {
      Objects.requireNonNull(scope, "scope");
      Objects.requireNonNull(creates, "creates");
      if (key == null || !KEY.matcher(key).matches()) {
        throw new InvalidInput(
            "Idempotency-Key", "must be 1 to 255 visible ASCII characters without spaces");
      }
      if (fingerprint == null || !HEX.matcher(fingerprint).matches()) {
        throw new IllegalArgumentException("fingerprint must be a lower-case hex SHA-256");
      }
    }

    /** Whose key it is. */
    public UserId user() {
      return scope.caller();
    }
  }

  /** A response as it was first given: status, body and the headers worth replaying. */
  record Response(int status, String body, List<Header> headers) {
    public Response {
      Objects.requireNonNull(body, "body");
      headers = List.copyOf(headers);
    }
  }

  /** One response header. */
  record Header(String name, String value) {
    public Header {
      Objects.requireNonNull(name, "name");
      Objects.requireNonNull(value, "value");
    }
  }

  /** What a key holds: the fingerprint of its first request and that request's response. */
  record Stored(String fingerprint, Response response) {}

  /** The response to give, and whether it is a replay of an earlier one. */
  record Outcome(Response response, boolean replayed) {}
}
