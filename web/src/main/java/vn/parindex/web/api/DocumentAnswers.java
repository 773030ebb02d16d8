package vn.parindex.web.api;

import jakarta.ws.rs.core.Response;
import java.util.Set;
import vn.parindex.kernel.Refusal;
import vn.parindex.report.ReportFormat;

/** How the API answers a generated document: its format from {@code ?format=}, as an attachment. */
final class DocumentAnswers {
  private DocumentAnswers() {}

  /** The format named by {@code ?format=}, or 400 for one this document does not come in. */
  static ReportFormat format(String extension, Set<ReportFormat> offered) {
    try {
      ReportFormat format = ReportFormat.fromExtension(extension);
      if (offered.contains(format)) {
        return format;
      }
    } catch (IllegalArgumentException e) {
      // answered below, as a format not offered
    }
    throw Refusal.invalid("format", "appraisalDocument.format.unknown", extension);
  }

  static Response attachment(byte[] file, ReportFormat format, String name) {
    return Response.ok(file, format.contentType())
        .header(
            "Content-Disposition",
            "attachment; filename=\"" + name + "." + format.extension() + "\"")
        .build();
  }
}
