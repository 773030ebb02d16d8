package vn.parindex.assessment;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceException;
import jakarta.persistence.TypedQuery;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import vn.parindex.access.Permission;
import vn.parindex.access.Roles;
import vn.parindex.access.Scope;
import vn.parindex.catalogue.Criterion;
import vn.parindex.catalogue.DecisionRef;
import vn.parindex.catalogue.IndexVersion;
import vn.parindex.catalogue.VersionStatus;
import vn.parindex.organisation.AssessedUnit;
import vn.parindex.organisation.CallerAccount;
import vn.parindex.platform.AccessDeniedException;
import vn.parindex.platform.BusinessException;
import vn.parindex.platform.NotFoundException;

/**
 * Setting up an assessment: the consolidating office (for its own unit) or an administrator (for
 * any unit) creates it for a year with a published index of the unit's level, records the
 * directive, the guidance and the deadline, and opens it once every self-assessed criterion has an
 * office. Until then offices change nothing ({@link ChangeWindow}).
 *
 * <p>The year need not be the index version's: an index often stays in force for several years
 * until the province revises it. One assessment per unit and year.
 */
@Stateless
@RolesAllowed({Roles.CONSOLIDATOR, Roles.ADMIN})
public class AssessmentSetupService {
  private static final int FIRST_YEAR = 2000;
  private static final int LAST_YEAR = 2100;

  @Inject private EntityManager em;
  @EJB private CallerAccount caller;

  @Inject private Clock clock;

  /** The assessments of the units the caller sets up, the newest year first. */
  public List<AssessmentSummary> assessments() {
    List<Long> units = units().stream().map(UnitChoice::id).toList();
    if (units.isEmpty()) {
      return List.of();
    }
    return em.createQuery(
            "select a from Assessment a join fetch a.unit join fetch a.version"
                + " where a.unit.id in :units order by a.year desc, a.unit.name",
            Assessment.class)
        .setParameter("units", units)
        .getResultStream()
        .map(AssessmentSummary::of)
        .toList();
  }

  /** The units the caller may set up assessments for, as its scope reaches. */
  public List<UnitChoice> units() {
    Scope scope = caller.policy().scope(Permission.PREPARE);
    if (scope instanceof Scope.Nowhere) {
      return List.of();
    }
    TypedQuery<AssessedUnit> query =
        em.createQuery(
            "select u from AssessedUnit u where " + scope.condition("u") + " order by u.name",
            AssessedUnit.class);
    scope.bind(query);
    return query.getResultStream().map(u -> new UnitChoice(u.id(), u.name(), u.level())).toList();
  }

  /** The published index versions of the unit's level, the newest year first. */
  public List<VersionChoice> publishedVersions(long unitId) {
    AssessedUnit unit = unit(unitId);
    return em.createQuery(
            "select v from IndexVersion v where v.status = :published and v.unitLevel = :level"
                + " order by v.year desc, v.id desc",
            IndexVersion.class)
        .setParameter("published", VersionStatus.PUBLISHED)
        .setParameter("level", unit.level())
        .getResultStream()
        .map(v -> new VersionChoice(v.id(), v.name(), v.year(), v.decision().number()))
        .toList();
  }

  /**
   * Creates an assessment, being prepared: offices see it but change nothing until it opens.
   * Refused for a year the unit already has, a version that is not published or is of another
   * level, or a unit the caller does not set up.
   */
  public AssessmentSummary create(
      Long unitId,
      Integer year,
      Long versionId,
      LocalDate deadline,
      ReferenceInput directive,
      ReferenceInput guidance) {
    if (unitId == null) {
      throw new BusinessException("assessment.unit.required").onField("unit");
    }
    AssessedUnit unit = unit(unitId);
    if (year == null || year < FIRST_YEAR || year > LAST_YEAR) {
      throw new BusinessException(
              "assessment.year.invalid", String.valueOf(FIRST_YEAR), String.valueOf(LAST_YEAR))
          .onField("year");
    }
    IndexVersion version = version(unit, versionId);
    if (deadline == null) {
      throw new BusinessException("deadline.required").onField("deadline");
    }
    DecisionRef directiveRef = decision(directive, "directive");
    DecisionRef guidanceRef = decision(guidance, "guidance");
    if (exists(unit, year)) {
      throw duplicate(unit, year);
    }
    Assessment assessment = new Assessment(unit, version, year, deadline);
    assessment.describe(directiveRef, guidanceRef);
    em.persist(assessment);
    try {
      em.flush();
    } catch (PersistenceException e) {
      // another consolidator created the same year meanwhile: the unique constraint caught it
      throw duplicate(unit, year);
    }
    String by = caller.get().username();
    Instant now = Instant.now(clock);
    record(assessment, ChangeRecord.Kind.ASSESSMENT, null, describeCreated(assessment), by, now);
    record(assessment, ChangeRecord.Kind.DIRECTIVE, null, describe(directiveRef), by, now);
    record(assessment, ChangeRecord.Kind.GUIDANCE, null, describe(guidanceRef), by, now);
    return AssessmentSummary.of(assessment);
  }

  /**
   * Replaces the directive, the guidance (null: not known) and the deadline, while preparing or
   * once open; every change is recorded.
   */
  public AssessmentSummary describe(
      long assessmentId, LocalDate deadline, ReferenceInput directive, ReferenceInput guidance) {
    Assessment assessment = assessment(assessmentId);
    if (deadline == null) {
      throw new BusinessException("deadline.required").onField("deadline");
    }
    DecisionRef directiveRef = decision(directive, "directive");
    DecisionRef guidanceRef = decision(guidance, "guidance");
    String by = caller.get().username();
    Instant now = Instant.now(clock);
    record(
        assessment,
        ChangeRecord.Kind.DIRECTIVE,
        describe(assessment.directive()),
        describe(directiveRef),
        by,
        now);
    record(
        assessment,
        ChangeRecord.Kind.GUIDANCE,
        describe(assessment.guidance()),
        describe(guidanceRef),
        by,
        now);
    record(
        assessment,
        ChangeRecord.Kind.DEADLINE,
        assessment.deadline().toString(),
        deadline.toString(),
        by,
        now);
    assessment.describe(directiveRef, guidanceRef);
    assessment.setDeadline(deadline);
    return AssessmentSummary.of(assessment);
  }

  /**
   * Opens the assessment to its offices. Refused, listing every self-assessed criterion that no
   * office holds, until all are assigned; refused when it is open already.
   */
  public AssessmentSummary open(long assessmentId) {
    Assessment assessment = assessment(assessmentId);
    List<Criterion> unassigned = AssignableCriteria.unassigned(em, assessment);
    try {
      assessment.open(unassigned.stream().map(c -> c.code().toString()).toList());
    } catch (AssessmentNotOpenableException e) {
      if (e.alreadyOpen()) {
        throw new BusinessException("assessment.alreadyOpen", String.valueOf(assessment.year()));
      }
      throw new AssessmentOpenRefusedException(
          unassigned.stream()
              .map(c -> new UnassignedCriterion(c.code().toString(), c.name()))
              .toList());
    }
    record(
        assessment,
        ChangeRecord.Kind.ASSESSMENT,
        AssessmentStatus.PREPARING.name(),
        AssessmentStatus.OPEN.name(),
        caller.get().username(),
        Instant.now(clock));
    return AssessmentSummary.of(assessment);
  }

  private void record(
      Assessment assessment,
      ChangeRecord.Kind kind,
      String before,
      String after,
      String by,
      Instant at) {
    History.record(em, assessment, null, kind, before, after, by, at);
  }

  private static String describeCreated(Assessment a) {
    return AssessmentStatus.PREPARING.name()
        + ": "
        + a.year()
        + ", "
        + a.version().name()
        + ", "
        + a.deadline();
  }

  private static String describe(DecisionRef ref) {
    return ref == null ? null : ref.describe();
  }

  private static DecisionRef decision(ReferenceInput input, String field) {
    return input == null ? null : input.toDecision(field);
  }

  private boolean exists(AssessedUnit unit, int year) {
    return em.createQuery(
                "select count(a) from Assessment a where a.unit = :unit and a.year = :year",
                Long.class)
            .setParameter("unit", unit)
            .setParameter("year", year)
            .getSingleResult()
        > 0;
  }

  private static BusinessException duplicate(AssessedUnit unit, int year) {
    return new BusinessException("assessment.duplicate", unit.name(), String.valueOf(year))
        .onField("year");
  }

  private IndexVersion version(AssessedUnit unit, Long versionId) {
    if (versionId == null) {
      throw new BusinessException("assessment.version.required").onField("version");
    }
    IndexVersion version = em.find(IndexVersion.class, versionId);
    if (version == null) {
      throw new NotFoundException("version.notFound", versionId);
    }
    if (version.status() != VersionStatus.PUBLISHED) {
      throw new BusinessException("assessment.version.notPublished", version.name())
          .onField("version");
    }
    if (!Objects.equals(version.unitLevel(), unit.level())) {
      throw new BusinessException("assessment.version.otherLevel", version.name(), unit.name())
          .onField("version");
    }
    return version;
  }

  /** A unit the caller sets up; another office's unit is refused. */
  private AssessedUnit unit(long unitId) {
    AssessedUnit unit = em.find(AssessedUnit.class, unitId);
    if (unit == null) {
      throw new NotFoundException("assessment.unit.notFound", String.valueOf(unitId));
    }
    requireSetsUp(unit);
    return unit;
  }

  /** The assessment, locked so that two consolidators do not open or describe it at once. */
  private Assessment assessment(long assessmentId) {
    return new AssessmentAccess(em, caller.get())
        .permitted(assessmentId, Permission.PREPARE, LockModeType.PESSIMISTIC_WRITE);
  }

  private void requireSetsUp(AssessedUnit unit) {
    if (!caller.policy().may(Permission.PREPARE, unit)) {
      throw new AccessDeniedException("assessment.otherUnit", unit.name());
    }
  }
}
