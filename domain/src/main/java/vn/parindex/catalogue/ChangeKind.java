package vn.parindex.catalogue;

/** How a criterion differs between two versions of the index. */
public enum ChangeKind {
  ADDED,
  REMOVED,
  RENAMED,
  MAX_CHANGED,
  RULE_CHANGED,
  MOVED
}
