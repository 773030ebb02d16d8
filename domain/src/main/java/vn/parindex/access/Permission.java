package vn.parindex.access;

import java.util.EnumSet;
import java.util.Set;
import vn.parindex.organisation.Role;

/**
 * What a caller may do to a unit's assessment, and which roles may do it. Where each role reaches
 * is the {@link Scope} of that role in the account; the {@link AccessPolicy} puts the two together.
 */
public enum Permission {
  /**
   * Read a unit's assessment as a whole: the review, progress, consolidation, dashboard, reports,
   * history, assignment matrix and letter.
   */
  READ_UNIT(Role.ADMIN, Role.CONSOLIDATOR, Role.LEADER, Role.PROVINCE, Role.COUNCIL),
  /** Read the assessment as an office holding criteria in it: its own criteria and documents. */
  READ_OWN_OFFICE(Role.OFFICE),
  /** Score, attach evidence, comment and submit, for the caller's own office. */
  SCORE(Role.OFFICE),
  /** Accept, return and reopen scores; grant extensions; enter survey points. */
  REVIEW(Role.CONSOLIDATOR, Role.ADMIN),
  /** Move the deadline of the whole assessment. */
  SET_DEADLINE(Role.CONSOLIDATOR),
  /** Prepare and open the assessment, assign criteria to offices. */
  PREPARE(Role.CONSOLIDATOR, Role.ADMIN),
  /** Move an open assessment to another version of its index. */
  MOVE_VERSION(Role.ADMIN),
  /** Create and change a unit's offices and accounts. */
  ADMINISTER(Role.ADMIN),
  /** Submit the unit's self-assessment to the province and answer its appraisal (giải trình). */
  SUBMIT(Role.CONSOLIDATOR, Role.LEADER),
  /**
   * Run a province's campaign: its blocks, rounds, appraiser matrix, extensions and returned
   * submissions.
   */
  RUN_CAMPAIGN(Role.PROVINCE, Role.ADMIN),
  /**
   * Appraise a unit's criteria, where the appraiser matrix gives them to the caller's department.
   */
  APPRAISE(Role.APPRAISER),
  /** Approve a block's appraised results, and reopen them with a reason. */
  APPROVE(Role.COUNCIL, Role.PROVINCE),
  /** Import a block's social survey results, which the council approves with the appraisal. */
  IMPORT_SURVEY(Role.PROVINCE, Role.ADMIN);

  private final Set<Role> roles;

  Permission(Role first, Role... rest) {
    this.roles = EnumSet.of(first, rest);
  }

  public Set<Role> roles() {
    return EnumSet.copyOf(roles);
  }
}
