package vn.parindex.web.campaign;

import java.io.Serializable;
import java.time.LocalDate;

/** One of the three possible rounds of the set-up form: planned when it has its appraisal date. */
public class SetupRoundRow implements Serializable {
  private static final long serialVersionUID = 1L;
  private final int number;
  private LocalDate appraisalUntil;
  private LocalDate explanationUntil;

  SetupRoundRow(int number, LocalDate appraisalUntil, LocalDate explanationUntil) {
    this.number = number;
    this.appraisalUntil = appraisalUntil;
    this.explanationUntil = explanationUntil;
  }

  public int getNumber() {
    return number;
  }

  public LocalDate getAppraisalUntil() {
    return appraisalUntil;
  }

  public void setAppraisalUntil(LocalDate appraisalUntil) {
    this.appraisalUntil = appraisalUntil;
  }

  public LocalDate getExplanationUntil() {
    return explanationUntil;
  }

  public void setExplanationUntil(LocalDate explanationUntil) {
    this.explanationUntil = explanationUntil;
  }
}
