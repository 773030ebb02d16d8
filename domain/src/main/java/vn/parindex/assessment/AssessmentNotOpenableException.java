package vn.parindex.assessment;

import java.util.List;

/**
 * Opening was refused: the assessment is already open, or self-assessed criteria are still assigned
 * to nobody (listed by code, in index order).
 */
public class AssessmentNotOpenableException extends IllegalStateException {
  private static final long serialVersionUID = 1L;

  private final AssessmentStatus status;
  private final transient List<String> unassignedCodes;

  public AssessmentNotOpenableException(AssessmentStatus status, List<String> unassignedCodes) {
    super(
        status == AssessmentStatus.OPEN
            ? "The assessment is already open"
            : unassignedCodes.size() + " criteria are assigned to no office: " + unassignedCodes);
    this.status = status;
    this.unassignedCodes = List.copyOf(unassignedCodes);
  }

  public boolean alreadyOpen() {
    return status == AssessmentStatus.OPEN;
  }

  public List<String> unassignedCodes() {
    return unassignedCodes;
  }
}
