package vn.parindex.web.campaign;

import java.io.Serializable;

/**
 * A row of a block's appraiser matrix on the set-up tab: an area or a single criterion and the
 * member department that appraises it, none while nobody does.
 */
public class MatrixRow implements Serializable {
  private static final long serialVersionUID = 1L;
  private final String code;
  private final String name;
  private final boolean area;
  private Long departmentId;

  MatrixRow(String code, String name, boolean area, Long departmentId) {
    this.code = code;
    this.name = name;
    this.area = area;
    this.departmentId = departmentId;
  }

  public String getCode() {
    return code;
  }

  public String getName() {
    return name;
  }

  public boolean isArea() {
    return area;
  }

  public Long getDepartmentId() {
    return departmentId;
  }

  public void setDepartmentId(Long departmentId) {
    this.departmentId = departmentId;
  }
}
