package vn.parindex.appraisal;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import vn.parindex.access.Permission;
import vn.parindex.access.Roles;
import vn.parindex.assessment.Assessment;
import vn.parindex.assessment.AssessmentAccess;
import vn.parindex.assessment.ChangeRecord;
import vn.parindex.catalogue.Criterion;
import vn.parindex.evidence.Evidence;
import vn.parindex.evidence.EvidenceDetails;
import vn.parindex.evidence.EvidenceService;
import vn.parindex.organisation.CallerAccount;
import vn.parindex.platform.NotFoundException;

/**
 * The unit's answers to the appraisal (giải trình): within the window, or the extension the Sở Nội
 * vụ granted, the unit's consolidating office or leader accepts each changed criterion or explains
 * it with text and documents. After the window, and once the next round opens, it is refused.
 */
@Stateless
@RolesAllowed({Roles.CONSOLIDATOR, Roles.LEADER})
public class ExplanationService {
  @Inject private EntityManager em;
  @EJB private CallerAccount caller;
  @Inject private Clock clock;
  @EJB private EvidenceService evidence;

  /**
   * Explains a change with a document uploaded for the purpose, in one transaction: a refused
   * answer keeps no document.
   */
  public ExplanationView explainWithNewDocument(
      long assessmentId,
      String code,
      ExplanationEntry entry,
      EvidenceDetails details,
      String fileName,
      byte[] content) {
    List<Long> documents =
        new ArrayList<>(entry.evidenceIds() == null ? List.of() : entry.evidenceIds());
    documents.add(evidence.upload(assessmentId, details, fileName, content).id());
    return answer(assessmentId, code, new ExplanationEntry(false, entry.body(), documents));
  }

  public ExplanationView answer(long assessmentId, String code, ExplanationEntry entry) {
    Assessment assessment =
        new AssessmentAccess(em, caller.get())
            .permitted(assessmentId, Permission.SUBMIT, LockModeType.PESSIMISTIC_WRITE);
    AppraisalRecords records = new AppraisalRecords(em);
    Campaign campaign =
        assessment
            .campaign()
            .orElseThrow(() -> new AppraisalRefusal("assessment", "appraisal.notInCampaign"));
    assessment.unit().block().ifPresent(b -> Frozen.requireOpen(records, campaign, b));
    LocalDate today = LocalDate.now(clock);
    AppraisalRound round =
        ExplanationWindow.openRound(em, assessment, today)
            .orElseThrow(() -> new AppraisalRefusal("round", "appraisal.explanation.windowClosed"));
    Criterion criterion = AppraisalService.appraisedCriterion(assessment.version(), code);
    UnitAppraisal result = AppraisalResults.build(records, assessment);
    boolean changed =
        result.lines().stream()
            .anyMatch(
                l ->
                    l.code().equals(criterion.code().toString())
                        && l.rounds().get(round.number() - 1).compareTo(l.self()) != 0);
    if (!changed) {
      throw new AppraisalRefusal("code", "appraisal.explanation.notChanged", criterion.code());
    }
    ExplanationEntry given = entry == null ? new ExplanationEntry(false, null, List.of()) : entry;
    Explanation explanation = records.explanation(assessment, criterion, round).orElse(null);
    boolean created = explanation == null;
    if (created) {
      explanation = new Explanation(assessment, criterion, round);
    }
    String by = caller.get().username();
    Instant now = clock.instant();
    if (given.accepted()) {
      explanation.accept(by, now);
    } else {
      explanation.explain(given.body(), documents(assessment, given.evidenceIds()), by, now);
    }
    if (created) {
      em.persist(explanation);
    }
    em.persist(
        ChangeRecord.withReason(
            assessment,
            criterion,
            ChangeRecord.Kind.EXPLANATION,
            null,
            "R" + round.number() + ": " + (given.accepted() ? "accepted" : "explained"),
            explanation.body(),
            by,
            now));
    return ExplanationView.of(explanation);
  }

  /** The unit's own documents; another unit's are not known to it (404). */
  private List<Evidence> documents(Assessment assessment, List<Long> ids) {
    List<Evidence> documents = new ArrayList<>();
    for (Long id : ids == null ? List.<Long>of() : ids) {
      Evidence evidence = id == null ? null : em.find(Evidence.class, id);
      if (evidence == null || !evidence.assessment().equals(assessment)) {
        throw new NotFoundException("evidence.notFound", String.valueOf(id));
      }
      documents.add(evidence);
    }
    return documents;
  }
}
