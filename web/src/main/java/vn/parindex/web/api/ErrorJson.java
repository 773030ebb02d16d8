package vn.parindex.web.api;

/** Every API error: a translated message and, for bad input, the field it concerns. */
public record ErrorJson(int status, String message, String field) {}
