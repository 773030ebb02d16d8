package vn.parindex.report;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * One criterion of a unit's appraisal as the summary prints it: the unit's own score, where round 1
 * (and, in a campaign of three rounds, round 2) left it, where the appraisal ended, why the
 * appraisers changed it and what the unit answered.
 *
 * @param code e.g. "2.2.1"
 * @param name the criterion's name
 * @param level {@link RowLevel#CRITERION} or {@link RowLevel#COMPONENT}; a criterion with
 *     components is a {@link #heading heading} followed by its components
 * @param maxPoints the maximum, or {@code null} for a heading (its components' sum is printed)
 * @param selfPoints the unit's submitted score, or {@code null} for a heading
 * @param roundOnePoints the score standing after round 1, or {@code null} when round 1 has not
 *     decided anything yet (or for a heading)
 * @param roundTwoPoints the score standing after round 2 in a campaign of three rounds, or {@code
 *     null} when round 2 has not decided anything (or for a heading)
 * @param finalPoints the score the appraisal ends on (the unit's own where no round decided), or
 *     {@code null} for a heading
 * @param reason the appraisers' reason for a changed score, or {@code null}
 * @param explanation the unit's explanation (giải trình), or {@code null}
 */
public record AppraisalLine(
    String code,
    String name,
    RowLevel level,
    BigDecimal maxPoints,
    BigDecimal selfPoints,
    BigDecimal roundOnePoints,
    BigDecimal roundTwoPoints,
    BigDecimal finalPoints,
    String reason,
    String explanation) {

  public AppraisalLine {
    Objects.requireNonNull(code, "code");
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(level, "level");
    if (level == RowLevel.AREA) {
      throw new IllegalArgumentException("An area is an AppraisalArea, not a line: " + code);
    }
    if (maxPoints != null) {
      Objects.requireNonNull(selfPoints, "selfPoints");
      Objects.requireNonNull(finalPoints, "finalPoints");
    }
  }

  /**
   * A line of a campaign of one or two rounds, where nothing stands between round 1 and the end.
   */
  public AppraisalLine(
      String code,
      String name,
      RowLevel level,
      BigDecimal maxPoints,
      BigDecimal selfPoints,
      BigDecimal roundOnePoints,
      BigDecimal finalPoints,
      String reason,
      String explanation) {
    this(
        code,
        name,
        level,
        maxPoints,
        selfPoints,
        roundOnePoints,
        null,
        finalPoints,
        reason,
        explanation);
  }

  /** A criterion printed only above its components, its numbers the sums of theirs. */
  public static AppraisalLine heading(String code, String name) {
    return new AppraisalLine(code, name, RowLevel.CRITERION, null, null, null, null, null, null);
  }

  /** Whether this line only heads its components. */
  public boolean heading() {
    return maxPoints == null;
  }

  /** The final score less the unit's own: negative when the appraisers took points away. */
  public BigDecimal difference() {
    return heading() ? null : finalPoints.subtract(selfPoints);
  }
}
