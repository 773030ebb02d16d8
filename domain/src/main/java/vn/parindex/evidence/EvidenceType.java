package vn.parindex.evidence;

import java.util.List;
import java.util.Locale;

/** The kinds of file accepted as evidence, each known by its content, not by its name. */
public enum EvidenceType {
  PDF("application/pdf", List.of("pdf")),
  JPEG("image/jpeg", List.of("jpg", "jpeg")),
  PNG("image/png", List.of("png")),
  DOCX("application/vnd.openxmlformats-officedocument.wordprocessingml.document", List.of("docx")),
  XLSX("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", List.of("xlsx"));

  private final String mediaType;
  private final List<String> extensions;

  EvidenceType(String mediaType, List<String> extensions) {
    this.mediaType = mediaType;
    this.extensions = extensions;
  }

  public String mediaType() {
    return mediaType;
  }

  /** The usual extension, without the dot: "pdf", "jpg". */
  public String extension() {
    return extensions.get(0);
  }

  /**
   * The name as given when it already ends with an extension of this type, otherwise with the usual
   * one added, so that a downloaded file opens with the right program: "scan" → "scan.jpg",
   * "report.PDF" stays.
   */
  public String withExtension(String fileName) {
    int dot = fileName.lastIndexOf('.');
    String extension = dot < 0 ? "" : fileName.substring(dot + 1).toLowerCase(Locale.ROOT);
    return extensions.contains(extension) ? fileName : fileName + "." + extension();
  }
}
