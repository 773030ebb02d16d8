package vn.parindex.report;

/**
 * How a criterion differs between two versions of the index, as printed in the comparison. The
 * order of the constants is the order in which a row lists its changes and the summary counts them.
 */
public enum ChangeType {
  /** Thêm mới: only in the newer version. */
  ADDED,
  /** Bỏ: only in the older version. */
  REMOVED,
  /** Đổi tên. */
  RENAMED,
  /** Đổi điểm tối đa. */
  MAX_CHANGED,
  /** Đổi cách tính điểm. */
  RULE_CHANGED,
  /** Di chuyển: another code or another parent. */
  MOVED,
  /** Đổi hạn: another due date of a timeliness criterion. */
  DUE_CHANGED
}
