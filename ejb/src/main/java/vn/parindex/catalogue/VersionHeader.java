package vn.parindex.catalogue;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * What the issuing decision says of a version: the header an administrator edits.
 *
 * @param totalBounded whether the total is capped at its maximum and floored at 0
 * @param bandScale whether the bands' lower bounds are points or percentages of the maximum; none:
 *     points
 */
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
    List<ClassificationBand> bands,
    boolean totalBounded,
    BandScale bandScale) {

  public VersionHeader {
    bands = bands == null ? List.of() : List.copyOf(bands);
    bandScale = bandScale == null ? BandScale.POINTS : bandScale;
  }
}
