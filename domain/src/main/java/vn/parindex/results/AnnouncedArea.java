package vn.parindex.results;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.math.BigDecimal;

/** An area column of an announced block, as the version named it on the day of the decision. */
@Embeddable
public class AnnouncedArea {
  @Column(name = "code", length = 20, nullable = false)
  private String code;

  @Column(name = "name", length = 1000, nullable = false)
  private String name;

  @Column(name = "max_points", precision = 7, scale = 2, nullable = false)
  private BigDecimal max;

  protected AnnouncedArea() {}

  public AnnouncedArea(String code, String name, BigDecimal max) {
    this.code = code;
    this.name = name;
    this.max = max;
  }

  public String code() {
    return code;
  }

  public String name() {
    return name;
  }

  public BigDecimal max() {
    return max;
  }
}
