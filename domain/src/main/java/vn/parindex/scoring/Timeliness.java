package vn.parindex.scoring;

/** When a task with a deadline (a plan, a report) was done. */
public enum Timeliness {
  /** Done by the deadline. */
  ON_TIME,
  /** Done after the deadline. */
  LATE,
  /** Not done at all. */
  NOT_DONE
}
