package org.expensetracker.adapters.http;

import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import io.javalin.http.HttpStatus;
import java.io.IOException;
import java.util.List;

/**
 * Turns Jackson's exceptions into 400 problems with our own words: Jackson's messages can name Java
 * classes, so they never reach the client.
 */
final class JsonErrors {
  private JsonErrors() {}

  static ApiError toApiError(IOException e) {
    if (e instanceof UnrecognizedPropertyException unknown) {
      String field = path(unknown);
      return invalid(field, "is not a field of this request (it may be read-only)");
    }
    if (e instanceof InvalidFormatException format) {
      return invalid(path(format), "has an invalid value");
    }
    if (e instanceof MismatchedInputException mismatch && !mismatch.getPath().isEmpty()) {
      return invalid(path(mismatch), "has the wrong type");
    }
    if (e instanceof StreamConstraintsException) {
      return malformed("The JSON document is too deep, too long or has too long a number");
    }
    if (e instanceof JsonParseException) {
      return malformed("The body is not valid JSON (or has a duplicate key)");
    }
    if (e instanceof JsonMappingException mapping && mapping.getCause() instanceof ApiError api) {
      return api;
    }
    if (e instanceof JsonMappingException mapping && !mapping.getPath().isEmpty()) {
      return invalid(path(mapping), "has an invalid value");
    }
    return malformed("The body is not valid JSON for this request");
  }

  private static ApiError invalid(String field, String message) {
    return new ApiError(
        HttpStatus.BAD_REQUEST,
        "validation-error",
        field + ": " + message,
        List.of(new Problem.FieldProblem(field, message)));
  }

  private static ApiError malformed(String detail) {
    return new ApiError(HttpStatus.BAD_REQUEST, "malformed-json", detail);
  }

  /** Dotted path of the offending field as the client wrote it: {@code split.shares[1].user_id}. */
  static String path(JsonMappingException e) {
    StringBuilder path = new StringBuilder();
    for (JsonMappingException.Reference ref : e.getPath()) {
      if (ref.getFieldName() != null) {
        if (path.length() > 0) {
          path.append('.');
        }
        path.append(ref.getFieldName());
      } else if (ref.getIndex() >= 0) {
        path.append('[').append(ref.getIndex()).append(']');
      }
    }
    return path.length() == 0 ? "body" : path.toString();
  }
}
