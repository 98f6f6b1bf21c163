package org.expensetracker.adapters.http;

import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Reads an {@code application/x-www-form-urlencoded} body under the same size limit as JSON, with
 * an allow-list of fields and no duplicates.
 */
final class FormBody {
  static final String MEDIA_TYPE = "application/x-www-form-urlencoded";

  private FormBody() {}

  static boolean isForm(Context ctx) {
    String contentType = ctx.header("Content-Type");
    return contentType != null
        && contentType.split(";", 2)[0].trim().toLowerCase(Locale.ROOT).equals(MEDIA_TYPE);
  }

  static Map<String, String> read(Context ctx, JsonBody limits, Set<String> allowed) {
    String body = new String(limits.boundedBytes(ctx), StandardCharsets.UTF_8);
    Map<String, String> fields = new HashMap<>();
    if (body.isEmpty()) {
      return fields;
    }
    for (String pair : body.split("&", -1)) {
      int eq = pair.indexOf('=');
      String name = decode(eq < 0 ? pair : pair.substring(0, eq));
      String value = eq < 0 ? "" : decode(pair.substring(eq + 1));
      if (!allowed.contains(name)) {
        throw invalid(name.isEmpty() ? "body" : name, "is not a field of this request");
      }
      if (fields.put(name, value) != null) {
        throw invalid(name, "is given more than once");
      }
    }
    return fields;
  }

  private static String decode(String raw) {
    try {
      return URLDecoder.decode(raw, StandardCharsets.UTF_8);
    } catch (IllegalArgumentException e) {
      throw new ApiError(HttpStatus.BAD_REQUEST, "malformed-form", "The form body is malformed");
    }
  }

  private static ApiError invalid(String field, String message) {
    String shown = field.length() > 64 ? field.substring(0, 64) : field;
    return new ApiError(
        HttpStatus.BAD_REQUEST,
        "validation-error",
        shown + ": " + message,
        List.of(new Problem.FieldProblem(shown, message)));
  }
}
