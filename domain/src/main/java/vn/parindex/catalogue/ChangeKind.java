package vn.parindex.catalogue;

/** How a criterion differs between two versions of the index. */
public enum ChangeKind {
  ADDED,
  REMOVED,
  RENAMED,
  MAX_CHANGED,
  RULE_CHANGED,
  MOVED,
  /** Another due date (or one added or removed): the day timeliness is judged by. */
  DUE_CHANGED
}
