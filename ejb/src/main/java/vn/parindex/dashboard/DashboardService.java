package vn.parindex.dashboard;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.TypedQuery;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import vn.parindex.access.Permission;
import vn.parindex.access.Roles;
import vn.parindex.access.Scope;
import vn.parindex.assessment.Assessment;
import vn.parindex.assessment.ChangeRecord;
import vn.parindex.assessment.OfficeProgress;
import vn.parindex.assessment.ReviewService;
import vn.parindex.consolidation.Consolidation;
import vn.parindex.consolidation.ConsolidationService;
import vn.parindex.consolidation.ConsolidationView;
import vn.parindex.consolidation.UnitScores;
import vn.parindex.organisation.CallerAccount;

/**
 * What the leaders, Phòng Nội vụ and administrators see at a glance. Read-only. Who sees which unit
 * follows the consolidation: a consolidator or leader with an office sees its own unit only, a
 * leader without an office and administrators see every unit. The figures are the consolidation's
 * and the review's, so the dashboard can never disagree with the scorecard or the review page.
 */
@Stateless
@RolesAllowed({Roles.LEADER, Roles.CONSOLIDATOR, Roles.ADMIN})
public class DashboardService {
  /** How many of the latest changes the dashboard lists. */
  public static final int RECENT_CHANGES = 10;

  @Inject private EntityManager em;
  @EJB private CallerAccount caller;
  @EJB private ConsolidationService consolidation;
  @EJB private ReviewService review;

  @Inject private Clock clock;

  /** The assessment's dashboard; 404 for an assessment the caller may not see. */
  public DashboardView dashboard(long assessmentId) {
    // checks first that the caller may see the assessment's unit
    ConsolidationView scores = consolidation.consolidate(assessmentId);
    Assessment assessment = em.find(Assessment.class, assessmentId);
    List<OfficeProgress> offices = review.progressOverview(assessmentId);
    int submitted =
        (int)
            offices.stream()
                .filter(o -> o.notStarted() + o.draft() + o.returned() == 0 && o.criteria() > 0)
                .count();
    LocalDate today = LocalDate.now(clock);
    return new DashboardView(
        assessment.id(),
        scores.unitName(),
        scores.year(),
        scores.versionName(),
        scores.illustrative(),
        assessment.deadline(),
        ChronoUnit.DAYS.between(today, assessment.deadline()),
        offices,
        submitted,
        offices.stream().filter(OfficeProgress::overdue).map(OfficeProgress::officeName).toList(),
        scores.areas(),
        scores.totals(),
        scores.band(),
        scores.provisional(),
        scores.reasons(),
        recentChanges(assessment));
  }

  /** The assessments the caller may open the dashboard of, the latest year first. */
  public List<DashboardChoice> choices() {
    return visible(null).stream()
        .map(a -> new DashboardChoice(a.id(), a.unit().name(), a.year()))
        .toList();
  }

  /**
   * Every visible unit's assessment of the year with its totals and band, by unit name. Each unit
   * is consolidated with the few queries of {@link UnitScores}, whatever the size of the index:
   * meant for the handful of units a leader oversees, not for ranking a whole country.
   */
  public List<UnitTotal> unitTotals(int year) {
    return visible(year).stream().map(this::unitTotal).toList();
  }

  private UnitTotal unitTotal(Assessment assessment) {
    Consolidation result = UnitScores.of(em, assessment).consolidate(assessment);
    return new UnitTotal(
        assessment.id(),
        assessment.unit().name(),
        assessment.year(),
        assessment.version().name(),
        result.selfAssessedTotal().toBigDecimal(),
        result.grandTotal().toBigDecimal(),
        result.totalMax().toBigDecimal(),
        result.band().orElse(null),
        result.provisional());
  }

  private List<RecentChange> recentChanges(Assessment assessment) {
    return em.createQuery(
            "select r.changedAt, r.changedBy, u.displayName, r.kind, c.code, o.code, o.name,"
                + " r.oldValue, r.newValue"
                + " from ChangeRecord r left join r.assignment a left join a.criterion c"
                + " left join a.office o left join UserAccount u on u.username = r.changedBy"
                + " where r.assessment = :assessment order by r.changedAt desc, r.id desc",
            Object[].class)
        .setParameter("assessment", assessment)
        .setMaxResults(RECENT_CHANGES)
        .getResultStream()
        .map(
            r ->
                new RecentChange(
                    (Instant) r[0],
                    (String) r[1],
                    (String) r[2],
                    (ChangeRecord.Kind) r[3],
                    r[4] == null ? null : r[4].toString(),
                    (String) r[5],
                    (String) r[6],
                    (String) r[7],
                    (String) r[8]))
        .toList();
  }

  /** The assessments of the units the caller may see, of one year or of every year. */
  private List<Assessment> visible(Integer year) {
    Scope scope = caller.policy().scope(Permission.READ_UNIT);
    if (scope instanceof Scope.Nowhere) {
      return List.of();
    }
    // only the conditions that apply: PostgreSQL cannot type a null parameter in "is null"
    String where = (year == null ? "" : " and a.year = :year") + " and " + scope.condition("u");
    TypedQuery<Assessment> query =
        em.createQuery(
            // a fetch join takes no alias under JPA compliance: the scope's condition and the
            // order go through a plain join of the same unit
            "select a from Assessment a join a.unit u join fetch a.unit join fetch a.version"
                + " where 1 = 1"
                + where
                + " order by a.year desc, u.name, a.id",
            Assessment.class);
    if (year != null) {
      query.setParameter("year", year);
    }
    scope.bind(query);
    return query.getResultList();
  }
}
