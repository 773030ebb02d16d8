package vn.parindex.catalogue;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/** What the issuing decision says of a version: the header an administrator edits. */
public record VersionHeader(
    String name,
    String unitLevel,
    int year,
    String decisionNumber,
    LocalDate decisionDate,
    String decisionIssuer,
    BigDecimal totalMax,
    BigDecimal selfAssessedMax,
    BigDecimal surveyMax,
    List<ClassificationBand> bands) {

  public VersionHeader {
    bands = bands == null ? List.of() : List.copyOf(bands);
  }
}
