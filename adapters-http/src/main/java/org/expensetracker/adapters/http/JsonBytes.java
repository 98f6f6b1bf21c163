package org.expensetracker.adapters.http;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.javalin.http.ContentType;
import io.javalin.http.Context;
import java.io.UncheckedIOException;

/**
 * Sends a JSON body that Jackson writes straight into UTF-8 bytes. {@code ctx.json} writes a String
 * and Javalin then encodes it again; for a list page (about 49 KB for 50 expenses) that second pass
 * and its copies are worth skipping. The bytes are those {@code ctx.json} would send (the mapper
 * writes characters beyond the BMP as UTF-8, not as escaped surrogates).
 */
final class JsonBytes {
  private final ObjectMapper mapper;

  JsonBytes(ObjectMapper mapper) {
    this.mapper = mapper;
  }

  void send(Context ctx, Object value) {
    byte[] body;
    try {
      body = mapper.writeValueAsBytes(value);
    } catch (JsonProcessingException e) {
      throw new UncheckedIOException(e);
    }
    ctx.contentType(ContentType.APPLICATION_JSON).result(body);
  }
}
