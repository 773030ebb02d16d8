package vn.parindex.appraisal;

import jakarta.persistence.EntityManager;
import java.util.ArrayList;
import java.util.List;
import vn.parindex.access.AccessPolicy;
import vn.parindex.access.Permission;
import vn.parindex.assessment.Assessment;
import vn.parindex.catalogue.Criterion;
import vn.parindex.evidence.Evidence;
import vn.parindex.organisation.AssessedUnit;
import vn.parindex.organisation.Block;

/**
 * Which documents an appraiser may open: those of a unit submitted to its province's campaign that
 * support, or explain, a criterion the appraiser matrix gives the appraiser's department, the
 * documents its work list shows.
 */
public final class AppraiserDocuments {
  private AppraiserDocuments() {}

  public static boolean mayOpen(EntityManager em, AccessPolicy policy, Evidence evidence) {
    Assessment assessment = evidence.assessment();
    AssessedUnit unit = assessment.unit();
    Block block = unit.block().orElse(null);
    Campaign campaign = assessment.campaign().orElse(null);
    if (block == null || campaign == null || !policy.may(Permission.APPRAISE, unit)) {
      return false;
    }
    AppraisalRecords records = new AppraisalRecords(em);
    if (records.submission(assessment).filter(Submission::freezesSelfScores).isEmpty()) {
      return false;
    }
    AppraiserMatrix matrix = records.matrix(campaign, block);
    List<Criterion> criteria = new ArrayList<>();
    criteria.addAll(
        em.createQuery(
                "select l.assignment.criterion from EvidenceLink l where l.evidence = :e",
                Criterion.class)
            .setParameter("e", evidence)
            .getResultList());
    criteria.addAll(
        em.createQuery(
                "select x.criterion from Explanation x join x.evidence d where d = :e",
                Criterion.class)
            .setParameter("e", evidence)
            .getResultList());
    return criteria.stream()
        .map(c -> matrix.departmentOf(c.code()))
        .flatMap(java.util.Optional::stream)
        .anyMatch(d -> policy.mayAppraise(unit, em.getReference(AssessedUnit.class, d)));
  }
}
