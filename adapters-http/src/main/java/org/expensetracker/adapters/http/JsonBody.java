package org.expensetracker.adapters.http;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.Locale;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Reads a JSON request body: only with a JSON content type (415 otherwise), never more than the
 * configured size whether or not a Content-Length was sent (413), read to its end (400 otherwise)
 * and parsed strictly (400).
 */
final class JsonBody {
  private static final Logger log = LoggerFactory.getLogger(JsonBody.class);
  private final ObjectMapper mapper;
  private final int maxBytes;

  JsonBody(ObjectMapper mapper, int maxBytes) {
    this.mapper = mapper;
    this.maxBytes = maxBytes;
  }

  <T> T read(Context ctx, Class<T> type) {
    requireJsonContentType(ctx);
    byte[] bytes = boundedBytes(ctx);
    if (bytes.length == 0) {
      throw new ApiError(HttpStatus.BAD_REQUEST, "malformed-json", "The request body is empty");
    }
    try {
      T value = mapper.readValue(bytes, type);
      if (value == null) {
        throw new ApiError(
            HttpStatus.BAD_REQUEST, "malformed-json", "The request body must be a JSON object");
      }
      return value;
    } catch (IOException e) {
      throw JsonErrors.toApiError(e);
    }
  }

  static void requireJsonContentType(Context ctx) {
    String contentType = ctx.header("Content-Type");
    String mediaType =
        contentType == null ? "" : contentType.split(";", 2)[0].trim().toLowerCase(Locale.ROOT);
    if (!mediaType.equals("application/json")
        && !mediaType.equals("application/merge-patch+json")) {
      throw new ApiError(
          HttpStatus.UNSUPPORTED_MEDIA_TYPE,
          "unsupported-media-type",
          "Send the body as application/json");
    }
  }

  /**
   * The raw body, refused with 413 past the limit whether or not a Content-Length was sent, and
   * with 400 when it cannot be read to its end.
   */
  byte[] boundedBytes(Context ctx) {
    long declared = ctx.req().getContentLengthLong();
    if (declared > maxBytes) {
      throw tooLarge();
    }
    try (InputStream in = ctx.req().getInputStream()) {
      ByteArrayOutputStream out = new ByteArrayOutputStream(declared > 0 ? (int) declared : 512);
      byte[] buffer = new byte[8192];
      int total = 0;
      for (int n; (n = in.read(buffer)) != -1; ) {
        total += n;
        if (total > maxBytes) {
          throw tooLarge();
        }
        out.write(buffer, 0, n);
      }
      return out.toByteArray();
    } catch (IOException e) {
      // Reading the request can only fail on the client's side of the connection: a body shorter
      // than its Content-Length, broken chunking, an idle timeout. Nothing for an operator to fix,
      // so no stack trace; faults of ours (not IOExceptions) still become a logged 500.
      log.info("Request body unreadable [request {}]: {}", RequestIds.of(ctx), e.toString());
      throw new ApiError(
          HttpStatus.BAD_REQUEST,
          "malformed-body",
          "The request body could not be read to its end");
    }
  }

  private ApiError tooLarge() {
    return new ApiError(
        HttpStatus.CONTENT_TOO_LARGE,
        "payload-too-large",
        "The request body is over " + maxBytes + " bytes");
  }
}
