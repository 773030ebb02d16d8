package vn.parindex.web.api;

/** One problem of a version (on a node code) or of an imported file (on a row and column). */
public record ProblemJson(String code, String sheet, Integer row, String column, String message) {}
