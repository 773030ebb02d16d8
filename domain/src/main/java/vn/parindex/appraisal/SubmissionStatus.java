package vn.parindex.appraisal;

/** A unit's submission: with the province, or returned to the unit to correct and submit again. */
public enum SubmissionStatus {
  SUBMITTED,
  RETURNED
}
