package org.expensetracker.adapters.http;

import io.javalin.http.Context;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.expensetracker.domain.shared.Validation;

/**
 * A query string checked as a whole: unknown, repeated or NUL-carrying parameters are refused
 * rather than ignored (a typo never silently changes an answer), and every bad one is reported in
 * one 400 by {@link #done()}.
 */
final class QueryParams {
  private final Map<String, List<String>> query;
  private final Validation validation = new Validation();

  private QueryParams(Map<String, List<String>> query, Set<String> allowed) {
    this.query = new HashMap<>(query);
    for (Map.Entry<String, List<String>> param : query.entrySet()) {
      if (param.getValue().stream().anyMatch(v -> v.indexOf('\u0000') >= 0)) {
        // PostgreSQL cannot hold NUL in text; refuse it here rather than fail in the database.
        validation.add(param.getKey(), "must not contain NUL characters");
        this.query.remove(param.getKey());
      } else if (!allowed.contains(param.getKey())) {
        validation.add(param.getKey(), "is not a parameter of this request");
      } else if (param.getValue().size() > 1) {
        validation.add(param.getKey(), "must be given at most once");
      }
    }
  }

  static QueryParams of(Context ctx, Set<String> allowed) {
    return of(ctx.queryParamMap(), allowed);
  }

  static QueryParams of(Map<String, List<String>> query, Set<String> allowed) {
    return new QueryParams(query, allowed);
  }

  Validation validation() {
    return validation;
  }

  Optional<String> value(String name) {
    List<String> values = query.get(name);
    return values == null || values.isEmpty() ? Optional.empty() : Optional.of(values.get(0));
  }

  /** {@code true} or {@code false}, nothing else. */
  boolean bool(String name, boolean otherwise) {
    Optional<String> text = value(name);
    if (text.isEmpty()) {
      return otherwise;
    }
    if (text.get().equals("true") || text.get().equals("false")) {
      return Boolean.parseBoolean(text.get());
    }
    validation.add(name, "must be true or false");
    return otherwise;
  }

  /** {@code limit}: a whole number from 1 to {@code max}. */
  int limit(int otherwise, int max) {
    Optional<String> text = value("limit");
    if (text.isEmpty()) {
      return otherwise;
    }
    if (text.get().matches("[0-9]{1,4}")) {
      int limit = Integer.parseInt(text.get());
      if (limit >= 1 && limit <= max) {
        return limit;
      }
    }
    validation.add("limit", "must be a whole number from 1 to " + max);
    return otherwise;
  }

  Optional<UUID> uuid(String name) {
    return value(name).map(t -> JsonFields.parseUuid(t, name, validation));
  }

  /** Throws one 400 naming every bad parameter. */
  void done() {
    validation.throwIfInvalid();
  }
}
