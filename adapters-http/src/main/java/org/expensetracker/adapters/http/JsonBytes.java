package org.expensetracker.adapters.http;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.javalin.http.ContentType;
import io.javalin.http.Context;
import io.javalin.http.Header;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Sends a JSON body that Jackson writes straight into UTF-8 bytes, for the responses that carry
 * pages (about 49 KB for 50 expenses). {@code ctx.json} writes a String, Javalin encodes it again
 * and then copies it to the socket through a buffer it allocates per response: three copies and
 * about 180 KB of garbage per page that this skips. The page is written into a buffer the request
 * thread keeps, then handed to Jetty in one write with its length, so headers and body leave
 * together. A client that accepts a compressed answer gets Javalin's usual path, which compresses.
 * The bytes are those {@code ctx.json} would send (the mapper writes characters beyond the BMP as
 * UTF-8, not as escaped surrogates).
 */
final class JsonBytes {
  private static final Logger log = LoggerFactory.getLogger(JsonBytes.class);
  private static final int KEPT_BYTES = 128 * 1024;
  private static final ThreadLocal<Buffer> BUFFERS = ThreadLocal.withInitial(Buffer::new);

  private final ObjectMapper mapper;
  private final boolean keepBuffers;

  /**
   * @param keepBuffers whether request threads keep their buffer between responses: not on virtual
   *     threads, which live for one request each
   */
  JsonBytes(ObjectMapper mapper, boolean keepBuffers) {
    this.mapper = mapper;
    this.keepBuffers = keepBuffers;
  }

  void send(Context ctx, Object value) {
    Buffer body = keepBuffers ? BUFFERS.get() : new Buffer();
    body.reset();
    try {
      mapper.writeValue(body, value);
      ctx.contentType(ContentType.APPLICATION_JSON);
      if (ctx.header(Header.ACCEPT_ENCODING) != null) {
        ctx.result(body.toByteArray());
      } else {
        ctx.res().setContentLength(body.size());
        deliver(ctx, body);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } finally {
      if (keepBuffers && body.capacity() > KEPT_BYTES) {
        BUFFERS.remove(); // an unusually large page: let its buffer go
      }
    }
  }

  private static void deliver(Context ctx, Buffer body) {
    try {
      body.writeTo(ctx.res().getOutputStream());
    } catch (IOException e) {
      // The client went away mid-answer: there is no one left to tell.
      log.debug("Response not delivered [request {}]: {}", RequestIds.of(ctx), e.toString());
    }
  }

  /** The growable buffer a request thread keeps between responses. */
  private static final class Buffer extends ByteArrayOutputStream {
    Buffer() {
      super(64 * 1024);
    }

    int capacity() {
      return buf.length;
    }
  }
}
