package vn.parindex.web.api;

import java.util.List;

/**
 * Every API error: a translated message, for bad input the field it concerns, and for a refused
 * version or file every problem found, each with where it is.
 */
public record ErrorJson(int status, String message, String field, List<ProblemJson> problems) {
  public ErrorJson(int status, String message, String field) {
    this(status, message, field, List.of());
  }
}
