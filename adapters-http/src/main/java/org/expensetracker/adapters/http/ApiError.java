package org.expensetracker.adapters.http;

import io.javalin.http.HttpStatus;
import java.util.List;

/**
 * An HTTP-level refusal (syntax, media type, size), as opposed to a business rule from the core.
 */
final class ApiError extends RuntimeException {
  private static final long serialVersionUID = 1L;
  private final transient HttpStatus status;
  private final String code;
  private final transient List<Problem.FieldProblem> errors;

  ApiError(HttpStatus status, String code, String detail) {
    this(status, code, detail, List.of());
  }

  ApiError(HttpStatus status, String code, String detail, List<Problem.FieldProblem> errors) {
    super(detail, null, false, false);
    this.status = status;
    this.code = code;
    this.errors = List.copyOf(errors);
  }

  HttpStatus status() {
    return status;
  }

  String code() {
    return code;
  }

  List<Problem.FieldProblem> errors() {
    return errors;
  }
}
