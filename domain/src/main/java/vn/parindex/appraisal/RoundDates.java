package vn.parindex.appraisal;

import java.time.LocalDate;
import java.util.Objects;

/**
 * The dates of one appraisal round, in Vietnam time: appraisers decide until {@code
 * appraisalUntil}; units may then explain until {@code explanationUntil}, which the last round has
 * not.
 */
public record RoundDates(LocalDate appraisalUntil, LocalDate explanationUntil) {
  public RoundDates {
    Objects.requireNonNull(appraisalUntil, "appraisalUntil");
  }
}
