package vn.parindex.report;

import java.util.List;
import java.util.Objects;

/**
 * One numbered section of the assignment letter: an office and the criteria it self-assesses.
 *
 * @param office the office's name, e.g. "Phòng Tư pháp"
 * @param criteria its criteria in print order (by code)
 */
public record AssignmentLetterSection(String office, List<Item> criteria) {

  public AssignmentLetterSection {
    Objects.requireNonNull(office, "office");
    criteria = List.copyOf(criteria);
  }

  /** How an office holds a criterion: alone, or shared as the lead or a supporting office. */
  public enum Role {
    /** The criterion is the office's alone. */
    SOLE,
    /** Shared: this office leads (chủ trì), its score counts. */
    LEAD,
    /** Shared: this office supports (phối hợp) the lead office. */
    SUPPORT
  }

  /**
   * A criterion of the section.
   *
   * @param code e.g. "1.5.1"; a code of three parts or more is a component (TCTP), else a criterion
   *     (TC)
   * @param name the criterion's name
   * @param role alone, lead or supporting
   * @param partners for a shared criterion, the other offices' names (comma separated); else null
   */
  public record Item(String code, String name, Role role, String partners) {

    public Item {
      Objects.requireNonNull(code, "code");
      Objects.requireNonNull(name, "name");
      Objects.requireNonNull(role, "role");
    }

    /** Whether the code names a component criterion (tiêu chí thành phần), e.g. "7.4.2". */
    public boolean component() {
      return code.chars().filter(c -> c == '.').count() >= 2;
    }
  }
}
