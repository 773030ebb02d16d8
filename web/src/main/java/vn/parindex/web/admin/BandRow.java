package vn.parindex.web.admin;

import java.io.Serializable;
import java.math.BigDecimal;
import vn.parindex.catalogue.ClassificationBand;

/** One editable classification band of a version: its label and the lowest total that earns it. */
public class BandRow implements Serializable {
  private static final long serialVersionUID = 1L;

  private String label;
  private BigDecimal minTotal;

  public BandRow() {}

  static BandRow of(ClassificationBand band) {
    BandRow row = new BandRow();
    row.label = band.label();
    row.minTotal = band.minTotal();
    return row;
  }

  ClassificationBand band() {
    return new ClassificationBand(label, minTotal);
  }

  public String getLabel() {
    return label;
  }

  public void setLabel(String label) {
    this.label = label;
  }

  public BigDecimal getMinTotal() {
    return minTotal;
  }

  public void setMinTotal(BigDecimal minTotal) {
    this.minTotal = minTotal;
  }
}
