package vn.parindex.catalogue;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.io.Serializable;
import java.math.BigDecimal;

/** A classification (Tốt, Khá, ...) reached from an inclusive lower bound of the total score. */
@Embeddable
public class ClassificationBand implements Serializable {
  @Column(name = "label", length = 60, nullable = false)
  private String label;

  @Column(name = "min_total", precision = 7, scale = 2, nullable = false)
  private BigDecimal minTotal;

  protected ClassificationBand() {}

  public ClassificationBand(String label, BigDecimal minTotal) {
    this.label = label;
    this.minTotal = minTotal;
  }

  public String label() {
    return label;
  }

  public BigDecimal minTotal() {
    return minTotal;
  }
}
