package org.expensetracker.adapters.http;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.function.Supplier;
import org.expensetracker.application.ExpenseTracker;
import org.expensetracker.application.port.in.IdempotencyUseCase;
import org.expensetracker.application.port.in.Scope;

/**
 * A create that runs at most once per {@code Idempotency-Key}: a retry with the same key and body
 * replays the first response (status, body, Location, ETag); the same key with another body or on
 * another path is refused by the core. Without the header the create simply runs.
 */
final class IdempotentCreates {
  private static final HexFormat HEX = HexFormat.of();

  private final ExpenseTracker core;
  private final ObjectMapper mapper;

  IdempotentCreates(ExpenseTracker core, ObjectMapper mapper) {
    this.core = core;
    this.mapper = mapper;
  }

  /**
   * Runs {@code work}, which creates {@code creates} in {@code scope}'s workspace (or replays it),
   * and writes its response.
   */
  void respond(
      Context ctx,
      Scope scope,
      IdempotencyUseCase.Creates creates,
      JsonFields body,
      Supplier<IdempotencyUseCase.Response> work) {
    String key = ctx.header("Idempotency-Key");
    IdempotencyUseCase.Response response;
    if (key == null) {
      response = work.get();
    } else {
      IdempotencyUseCase.Outcome outcome =
          core.idempotency()
              .run(
                  new IdempotencyUseCase.Request(
                      scope,
                      creates,
                      key,
                      fingerprint("POST " + ctx.path() + "\n" + body.canonical())),
                  work);
      if (outcome.replayed()) {
        ctx.header("Idempotent-Replayed", "true");
      }
      response = outcome.response();
    }
    for (IdempotencyUseCase.Header header : response.headers()) {
      ctx.header(header.name(), header.value());
    }
    ctx.status(response.status()).contentType("application/json").result(response.body());
  }

  /** A 201 as it is stored for replays: the JSON body, Location and, if given, an ETag. */
  IdempotencyUseCase.Response created(Object body, String location, String etag) {
    List<IdempotencyUseCase.Header> headers = new ArrayList<>();
    headers.add(new IdempotencyUseCase.Header("Location", location));
    if (etag != null) {
      headers.add(new IdempotencyUseCase.Header("ETag", etag));
    }
    return new IdempotencyUseCase.Response(HttpStatus.CREATED.getCode(), json(body), headers);
  }

  private String json(Object value) {
    try {
      return mapper.writeValueAsString(value);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("Could not write a response", e);
    }
  }

  private static String fingerprint(String request) {
    try {
      return HEX.formatHex(
          MessageDigest.getInstance("SHA-256").digest(request.getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is not available", e);
    }
  }
}
