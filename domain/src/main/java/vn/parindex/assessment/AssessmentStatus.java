package vn.parindex.assessment;

/**
 * Where an assessment stands: the consolidating office prepares it (assigns the criteria, records
 * the directive) while offices wait, then opens it and offices self-score until the deadline.
 */
public enum AssessmentStatus {
  PREPARING,
  OPEN
}
