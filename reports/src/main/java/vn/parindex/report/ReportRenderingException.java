package vn.parindex.report;

/** A report could not be rendered: a broken template, a missing font or a failing output stream. */
public class ReportRenderingException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  public ReportRenderingException(String message, Throwable cause) {
    super(message, cause);
  }
}
