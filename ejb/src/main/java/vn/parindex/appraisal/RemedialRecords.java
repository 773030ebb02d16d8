package vn.parindex.appraisal;

import jakarta.persistence.EntityManager;
import java.util.List;
import java.util.Optional;
import vn.parindex.assessment.Assessment;
import vn.parindex.catalogue.Criterion;
import vn.parindex.organisation.Office;

/** The queries of remedial actions, in one place. */
final class RemedialRecords {
  private final EntityManager em;

  RemedialRecords(EntityManager em) {
    this.em = em;
  }

  List<RemedialAction> of(Assessment assessment) {
    return em.createQuery(
            "select r from RemedialAction r left join fetch r.office join fetch r.criterion"
                + " where r.assessment = :assessment",
            RemedialAction.class)
        .setParameter("assessment", assessment)
        .getResultList();
  }

  Optional<RemedialAction> of(Assessment assessment, Criterion criterion) {
    return em.createQuery(
            "select r from RemedialAction r where r.assessment = :assessment"
                + " and r.criterion = :criterion",
            RemedialAction.class)
        .setParameter("assessment", assessment)
        .setParameter("criterion", criterion)
        .getResultStream()
        .findFirst();
  }

  /** The unit's latest assessment of an earlier year that has remedial actions. */
  Optional<Assessment> previousWithActions(Assessment current) {
    return em.createQuery(
            "select a from Assessment a where a.unit = :unit and a.year < :year and exists"
                + " (select r from RemedialAction r where r.assessment = a)"
                + " order by a.year desc, a.id desc",
            Assessment.class)
        .setParameter("unit", current.unit())
        .setParameter("year", current.year())
        .setMaxResults(1)
        .getResultStream()
        .findFirst();
  }

  Optional<Office> office(Assessment assessment, String code) {
    return em.createQuery(
            "select o from Office o where o.unit = :unit and o.code = :code", Office.class)
        .setParameter("unit", assessment.unit())
        .setParameter("code", code)
        .getResultStream()
        .findFirst();
  }
}
