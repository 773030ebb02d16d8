package vn.parindex.assessment;

/** What moving an assessment to a revised index does to one scored criterion. */
public enum MoveOutcome {
  /** Same rule and max: the scores and their explanations carry over. */
  CARRIED_OVER,
  /** Rule or max changed: the criterion starts again from "not scored"; its offices are told. */
  RESET,
  /** New in the revision: nobody is assigned yet. */
  NEW,
  /** Gone from the revision: its scores stay with the old version, as history. */
  REMOVED
}
