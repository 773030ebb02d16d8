package vn.parindex.appraisal;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import vn.parindex.access.AccessPolicy;
import vn.parindex.access.Permission;
import vn.parindex.access.Roles;
import vn.parindex.assessment.Assessment;
import vn.parindex.assessment.ChangeRecord;
import vn.parindex.catalogue.Criterion;
import vn.parindex.catalogue.IndexVersion;
import vn.parindex.organisation.AssessedUnit;
import vn.parindex.organisation.CallerAccount;
import vn.parindex.platform.AccessDeniedException;
import vn.parindex.platform.NotFoundException;
import vn.parindex.scoring.CriterionCode;
import vn.parindex.scoring.Points;
import vn.parindex.scoring.ScoreInputs;

/**
 * The appraisers' work: each member department's list of units × criteria, decisions one by one or
 * many at once ("Đồng ý"), and the progress the Sở Nội vụ and the council follow. An appraiser sees
 * the units of its province but decides only what the appraiser matrix gives its department.
 */
@Stateless
@RolesAllowed({Roles.APPRAISER, Roles.PROVINCE, Roles.COUNCIL, Roles.ADMIN})
public class AppraisalService {
  @Inject private EntityManager em;
  @EJB private CallerAccount caller;
  @Inject private Clock clock;

  /**
   * The caller's work list in the campaign: an appraiser's department's criteria of every submitted
   * unit; everything for the Sở Nội vụ, the council and system administrators.
   */
  public List<AppraisalItem> worklist(long campaignId) {
    AppraisalRecords records = new AppraisalRecords(em);
    Campaign campaign = readable(records, campaignId);
    Optional<Long> department = readsWholeProvince(campaign) ? Optional.empty() : ownDepartment();
    return new Worklist(records, campaign, clock.getZone()).items(department);
  }

  /** Progress of the current round, per member department and per unit. */
  public AppraisalProgress progress(long campaignId) {
    AppraisalRecords records = new AppraisalRecords(em);
    Campaign campaign = readable(records, campaignId);
    if (!readsWholeProvince(campaign)) {
      throw new AccessDeniedException("access.denied");
    }
    List<AppraisalItem> items =
        new Worklist(records, campaign, clock.getZone()).items(Optional.empty());
    Map<Long, String> departments = new HashMap<>();
    for (AppraisalItem item : items) {
      if (item.departmentId() > 0) {
        departments.computeIfAbsent(
            item.departmentId(), id -> em.find(AssessedUnit.class, id).name());
      }
    }
    return AppraisalProgress.of(
        campaign.latestOpened().map(AppraisalRound::number).orElse(0), items, departments);
  }

  /** Decides one criterion of a unit in the open round. */
  @RolesAllowed(Roles.APPRAISER)
  public RoundDecision appraise(long assessmentId, String code, AppraisalEntry entry) {
    Target target = target(assessmentId, code);
    AppraisalEntry given = entry == null ? new AppraisalEntry(null, null, null) : entry;
    return decide(target, given.inputs(), given.points(), given.reason());
  }

  /**
   * "Đồng ý": the open round keeps where each criterion stands (the unit's own score in round 1,
   * the previous round's decision and reason after), for many criteria at once. All or nothing.
   */
  @RolesAllowed(Roles.APPRAISER)
  public List<RoundDecision> agree(List<ItemRef> items) {
    if (items == null || items.isEmpty()) {
      throw new AppraisalRefusal("items", "appraisal.agree.empty");
    }
    List<RoundDecision> decided = new ArrayList<>();
    for (ItemRef item : items) {
      Target target = target(item.assessmentId(), item.code());
      Points standing = target.outcome().after(target.round().number() - 1);
      String reason = standing.equals(target.self()) ? null : target.previousReason();
      decided.add(decide(target, null, standing.toBigDecimal(), reason));
    }
    return decided;
  }

  private RoundDecision decide(
      Target target, ScoreInputs inputs, BigDecimal points, String reason) {
    AppraisedScore score =
        new AppraisalRecords(em)
            .appraised(target.assessment(), target.criterion(), target.round())
            .orElse(null);
    String before = score == null ? null : score.points().toString();
    boolean created = score == null;
    if (created) {
      score = new AppraisedScore(target.assessment(), target.criterion(), target.round());
    }
    String by = caller.get().username();
    Instant now = clock.instant();
    Points decided = score.decide(inputs, points, target.self(), reason, by, now);
    if (created) {
      em.persist(score);
    }
    em.persist(
        ChangeRecord.withReason(
            target.assessment(),
            target.criterion(),
            ChangeRecord.Kind.APPRAISAL,
            before,
            "R" + target.round().number() + ": " + decided,
            score.reason(),
            by,
            now));
    return RoundDecision.of(score);
  }

  /**
   * Everything a decision needs, checked in order: the unit is known to the caller (404), is in a
   * campaign with a submitted self-assessment, the criterion is appraised, the matrix gives it to
   * the caller's department (403), the block is not approved (409) and a round is open (400).
   */
  private Target target(long assessmentId, String code) {
    AppraisalRecords records = new AppraisalRecords(em);
    AccessPolicy policy = caller.policy();
    Assessment assessment = em.find(Assessment.class, assessmentId, LockModeType.PESSIMISTIC_WRITE);
    if (assessment == null || !policy.may(Permission.APPRAISE, assessment.unit())) {
      throw new NotFoundException("assessment.notFound", String.valueOf(assessmentId));
    }
    Campaign campaign =
        assessment
            .campaign()
            .orElseThrow(() -> new AppraisalRefusal("assessment", "appraisal.notInCampaign"));
    Submission submission =
        records
            .submission(assessment)
            .filter(Submission::freezesSelfScores)
            .orElseThrow(() -> new AppraisalRefusal("assessment", "appraisal.notSubmitted"));
    Criterion criterion = appraisedCriterion(assessment.version(), code);
    var block = assessment.unit().block().orElseThrow();
    Optional<Long> department = records.matrix(campaign, block).departmentOf(criterion.code());
    if (department.isEmpty()
        || !policy.mayAppraise(
            assessment.unit(), em.getReference(AssessedUnit.class, department.get()))) {
      throw new AccessDeniedException("appraisal.notYourCriterion", criterion.code().toString());
    }
    Frozen.requireOpen(records, campaign, block);
    LocalDate today = LocalDate.now(clock);
    AppraisalRound round =
        campaign
            .latestOpened()
            .filter(r -> r.acceptsAppraisalOn(today))
            .orElseThrow(() -> new AppraisalRefusal("round", "appraisal.round.closed"));
    Points self = submission.scoreOf(criterion.id()).orElseThrow().points();
    List<AppraisedScore> decisions =
        records.appraised(assessment).stream()
            .filter(s -> s.criterion().equals(criterion))
            .toList();
    return new Target(assessment, criterion, round, self, decisions);
  }

  static Criterion appraisedCriterion(IndexVersion version, String code) {
    Optional<CriterionCode> parsed;
    try {
      parsed = Optional.of(CriterionCode.of(code == null ? "" : code.strip()));
    } catch (IllegalArgumentException e) {
      parsed = Optional.empty();
    }
    return parsed
        .flatMap(version::node)
        .filter(c -> c.isSelfAssessed() && version.isLeaf(c))
        .orElseThrow(() -> new NotFoundException("criterion.notFound", String.valueOf(code)));
  }

  private Campaign readable(AppraisalRecords records, long campaignId) {
    Campaign campaign = records.campaign(campaignId);
    AccessPolicy policy = caller.policy();
    if (!readsWholeProvince(campaign)
        && !policy.mayInProvince(Permission.APPRAISE, campaign.province())) {
      throw new NotFoundException("appraisal.campaign.notFound", String.valueOf(campaignId));
    }
    return campaign;
  }

  private boolean readsWholeProvince(Campaign campaign) {
    return caller.policy().mayInProvince(Permission.READ_UNIT, campaign.province());
  }

  private Optional<Long> ownDepartment() {
    return Optional.of(caller.get().unit().map(AssessedUnit::id).orElse(-1L));
  }

  /** A criterion about to be decided, with what the decision needs to know. */
  private record Target(
      Assessment assessment,
      Criterion criterion,
      AppraisalRound round,
      Points self,
      List<AppraisedScore> decisions) {
    AppraisalOutcome outcome() {
      return Outcomes.of(
          self,
          decisions.stream()
              .map(s -> new Outcomes.Decided(s.round().number(), s.points()))
              .toList(),
          round.campaign().rounds().size());
    }

    String previousReason() {
      return decisions.stream()
          .filter(s -> s.round().number() < round.number())
          .reduce((a, b) -> b)
          .map(AppraisedScore::reason)
          .orElse(null);
    }
  }
}
