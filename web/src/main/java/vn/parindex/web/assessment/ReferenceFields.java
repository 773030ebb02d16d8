package vn.parindex.web.assessment;

import java.io.Serializable;
import java.time.LocalDate;
import vn.parindex.assessment.ReferenceInput;
import vn.parindex.assessment.ReferenceView;

/** The three inputs of a document reference in a form: number, date, issuer. */
public class ReferenceFields implements Serializable {
  private static final long serialVersionUID = 1L;

  private String number;
  private LocalDate date;
  private String issuer;

  void fill(ReferenceView view) {
    number = view == null ? null : view.number();
    date = view == null ? null : view.date();
    issuer = view == null ? null : view.issuer();
  }

  ReferenceInput input() {
    return new ReferenceInput(number, date, issuer);
  }

  public String getNumber() {
    return number;
  }

  public void setNumber(String number) {
    this.number = number;
  }

  public LocalDate getDate() {
    return date;
  }

  public void setDate(LocalDate date) {
    this.date = date;
  }

  public String getIssuer() {
    return issuer;
  }

  public void setIssuer(String issuer) {
    this.issuer = issuer;
  }
}
