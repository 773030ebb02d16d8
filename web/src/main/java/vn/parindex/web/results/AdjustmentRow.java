package vn.parindex.web.results;

import java.io.Serializable;
import java.math.BigDecimal;
import vn.parindex.results.AdjustmentView;

/** A bonus or penalty node as the entry form edits it: what was entered, and the new values. */
public class AdjustmentRow implements Serializable {
  private static final long serialVersionUID = 1L;

  private final AdjustmentView view;
  private BigDecimal points;
  private String reason;

  AdjustmentRow(AdjustmentView view) {
    this.view = view;
    this.points = view.points();
    this.reason = view.reason();
  }

  public AdjustmentView getView() {
    return view;
  }

  public boolean isPenalty() {
    return "penalty".equals(view.method());
  }

  public BigDecimal getPoints() {
    return points;
  }

  public void setPoints(BigDecimal points) {
    this.points = points;
  }

  public String getReason() {
    return reason;
  }

  public void setReason(String reason) {
    this.reason = reason;
  }
}
