package org.expensetracker.adapters.http;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;

/**
 * An RFC 9457 problem document. {@code errors} lists field problems for validation errors; {@code
 * requestId} lets a user quote the failure to an operator.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
record Problem(
    String type,
    String title,
    int status,
    String detail,
    List<FieldProblem> errors,
    String requestId) {

  static final String MEDIA_TYPE = "application/problem+json";

  /** One bad field: where it is in the request and what is wrong with it. */
  record FieldProblem(String field, String message) {}

  static String typeFor(String code) {
    return "/problems/" + code;
  }
}
