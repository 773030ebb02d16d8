package vn.parindex.report;

import java.util.Locale;

/** The formats a report can be rendered to, with what an HTTP response needs to serve them. */
public enum ReportFormat {
  PDF("application/pdf", "pdf"),
  XLSX("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", "xlsx"),
  DOCX("application/vnd.openxmlformats-officedocument.wordprocessingml.document", "docx");

  private final String contentType;
  private final String extension;

  ReportFormat(String contentType, String extension) {
    this.contentType = contentType;
    this.extension = extension;
  }

  /** The MIME type, for the Content-Type header. */
  public String contentType() {
    return contentType;
  }

  /** The file name extension, without the dot. */
  public String extension() {
    return extension;
  }

  /**
   * The format of a file name extension, e.g. from a download link ("pdf", ".PDF").
   *
   * @throws IllegalArgumentException when no format has that extension
   */
  public static ReportFormat fromExtension(String extension) {
    if (extension != null) {
      String wanted = extension.strip().toLowerCase(Locale.ROOT);
      if (wanted.startsWith(".")) {
        wanted = wanted.substring(1);
      }
      for (ReportFormat format : values()) {
        if (format.extension.equals(wanted)) {
          return format;
        }
      }
    }
    throw new IllegalArgumentException("No report format for extension: " + extension);
  }
}
