package vn.parindex.web.assessment;

import java.util.List;
import vn.parindex.assessment.AssignedCriterion;

/** The criteria of one area, as "My criteria" groups them. */
public record AreaGroup(String areaCode, String areaName, List<AssignedCriterion> criteria) {

  public String getAreaCode() {
    return areaCode;
  }

  public String getAreaName() {
    return areaName;
  }

  public List<AssignedCriterion> getCriteria() {
    return criteria;
  }
}
