package vn.parindex.assessment;

import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import vn.parindex.access.Permission;
import vn.parindex.access.Roles;
import vn.parindex.catalogue.Criterion;
import vn.parindex.catalogue.IndexVersion;
import vn.parindex.catalogue.NodeKind;
import vn.parindex.organisation.CallerAccount;
import vn.parindex.organisation.Office;
import vn.parindex.platform.BusinessException;
import vn.parindex.platform.NotFoundException;

/**
 * The consolidating office's assignment of an assessment's criteria to the unit's offices: the
 * matrix, assigning one criterion or a whole area, choosing the lead office (chủ trì) of a shared
 * criterion, and unassigning an office that has not yet saved anything for the criterion.
 *
 * <p>Only self-assessed leaves are assigned: areas and parents are sums of their children, and the
 * survey part is scored by the province. A criterion held by any office has exactly one lead. Every
 * change of who holds a criterion is recorded in its history.
 */
@Stateless
@RolesAllowed({Roles.CONSOLIDATOR, Roles.ADMIN})
public class AssignmentService {
  @Inject private EntityManager em;
  @Resource private SessionContext context;
  @EJB private CallerAccount caller;

  @Inject private Clock clock;

  public AssignmentMatrixView matrix(long assessmentId) {
    return matrixOf(assessment(assessmentId, false));
  }

  /**
   * Gives a criterion to an office; assigning it again changes nothing but the lead, when asked.
   * The first office of a criterion leads it; {@code lead} true makes this office the lead and the
   * others supporting, false makes it supporting and another holder the lead.
   */
  public AssignmentMatrixView assign(
      long assessmentId, String code, String officeCode, Boolean lead) {
    Assessment assessment = assessment(assessmentId, true);
    Criterion criterion = assignableCriterion(assessment, code);
    Office office = activeOffice(assessment, officeCode);
    List<Assignment> holders = holders(assessment, criterion);
    String before = describe(criterion, holders);
    Assignment assignment =
        holders.stream().filter(a -> a.office().equals(office)).findFirst().orElse(null);
    if (assignment == null) {
      assignment = new Assignment(assessment, criterion, office, holders.isEmpty());
      em.persist(assignment);
      holders.add(assignment);
    }
    if (lead != null) {
      chooseLead(holders, assignment, lead);
    }
    record(assessment, criterion, before, describe(criterion, holders));
    return matrixOf(assessment);
  }

  /** Gives every self-assessed leaf of an area to an office, keeping the existing assignments. */
  public AssignmentMatrixView assignArea(long assessmentId, String areaCode, String officeCode) {
    Assessment assessment = assessment(assessmentId, true);
    IndexVersion version = assessment.version();
    Criterion area =
        version.nodes().stream()
            .filter(n -> n.code().toString().equals(areaCode))
            .findFirst()
            .orElseThrow(() -> new NotFoundException("criterion.notFound", areaCode));
    if (area.kind() != NodeKind.AREA) {
      throw new BusinessException("assignment.notArea", areaCode).onField("code");
    }
    Office office = activeOffice(assessment, officeCode);
    List<Criterion> leaves =
        AssignableCriteria.of(version).stream()
            .filter(c -> area.code().isAncestorOf(c.code()))
            .toList();
    if (leaves.isEmpty()) {
      throw new BusinessException("assignment.areaNotSelfAssessed", areaCode).onField("code");
    }
    Map<Long, List<Assignment>> byCriterion = byCriterion(assignments(assessment));
    for (Criterion leaf : leaves) {
      List<Assignment> holders = new ArrayList<>(byCriterion.getOrDefault(leaf.id(), List.of()));
      if (holders.stream().noneMatch(a -> a.office().equals(office))) {
        String before = describe(leaf, holders);
        Assignment added = new Assignment(assessment, leaf, office, holders.isEmpty());
        em.persist(added);
        holders.add(added);
        record(assessment, leaf, before, describe(leaf, holders));
      }
    }
    return matrixOf(assessment);
  }

  /**
   * Takes a criterion from an office. Refused while the office has saved anything for it (a
   * self-score, evidence, a comment, a history entry): nothing saved is ever lost. When the lead
   * goes, a remaining office leads.
   */
  public AssignmentMatrixView unassign(long assessmentId, String code, String officeCode) {
    Assessment assessment = assessment(assessmentId, true);
    Criterion criterion = assignableCriterion(assessment, code);
    Office office = office(assessment, officeCode);
    List<Assignment> holders = holders(assessment, criterion);
    Optional<Assignment> found =
        holders.stream().filter(a -> a.office().equals(office)).findFirst();
    if (found.isEmpty()) {
      return matrixOf(assessment);
    }
    Assignment assignment = found.get();
    if (hasSelfScore(assignment)) {
      throw new BusinessException("assignment.hasSelfScore", code, office.name());
    }
    if (hasOtherRecords(assignment)) {
      throw new BusinessException("assignment.hasRecords", code, office.name());
    }
    String before = describe(criterion, holders);
    em.remove(assignment);
    holders.remove(assignment);
    if (assignment.isLead() && !holders.isEmpty()) {
      holders.get(0).makeLead(true);
    }
    record(assessment, criterion, before, describe(criterion, holders));
    em.flush();
    return matrixOf(assessment);
  }

  private void chooseLead(List<Assignment> holders, Assignment chosen, boolean lead) {
    if (lead) {
      holders.forEach(a -> a.makeLead(a == chosen));
      return;
    }
    List<Assignment> others = holders.stream().filter(a -> a != chosen).toList();
    if (others.isEmpty()) {
      throw new BusinessException(
              "assignment.onlyHolderLeads",
              chosen.criterion().code().toString(),
              chosen.office().name())
          .onField("lead");
    }
    if (chosen.isLead()) {
      chosen.makeLead(false);
      others.get(0).makeLead(true);
    }
  }

  /**
   * Who holds a criterion, lead first: "1.3: Phòng Nội vụ (chủ trì), Phòng Văn hóa – Thông tin
   * (phối hợp)"; null when nobody does. In Vietnamese whatever the reader's language, like the
   * office names it lists: the history is a record in the language of the administration.
   */
  static String describe(Criterion criterion, List<Assignment> holders) {
    if (holders.isEmpty()) {
      return null;
    }
    return criterion.code()
        + ": "
        + holders.stream()
            .sorted(
                Comparator.comparing((Assignment a) -> !a.isLead())
                    .thenComparing(a -> a.office().id()))
            .map(a -> a.office().name() + (a.isLead() ? " (chủ trì)" : " (phối hợp)"))
            .collect(Collectors.joining(", "));
  }

  private void record(Assessment assessment, Criterion criterion, String before, String after) {
    History.recordAssignment(
        em,
        assessment,
        criterion,
        before,
        after,
        context.getCallerPrincipal().getName(),
        Instant.now(clock));
  }

  private AssignmentMatrixView matrixOf(Assessment assessment) {
    List<Criterion> leaves = AssignableCriteria.of(assessment.version());
    Map<Long, List<Assignment>> byCriterion = byCriterion(assignments(assessment));
    List<MatrixRow> rows = new ArrayList<>();
    List<String> unassigned = new ArrayList<>();
    for (Criterion leaf : leaves) {
      List<AssignmentHolderView> holders =
          byCriterion.getOrDefault(leaf.id(), List.of()).stream()
              .sorted(
                  Comparator.comparing((Assignment a) -> !a.isLead())
                      .thenComparing(a -> a.office().id()))
              .map(a -> new AssignmentHolderView(a.office().code(), a.office().name(), a.isLead()))
              .toList();
      String code = leaf.code().toString();
      if (holders.isEmpty()) {
        unassigned.add(code);
      }
      rows.add(new MatrixRow(code, leaf.name(), areaCode(leaf), holders));
    }
    List<AssignmentOfficeView> offices =
        em.createQuery(
                "select o from Office o where o.unit = :unit and (o.active = true or exists"
                    + " (select a.id from Assignment a where a.office = o"
                    + " and a.assessment = :assessment)) order by o.id",
                Office.class)
            .setParameter("unit", assessment.unit())
            .setParameter("assessment", assessment)
            .getResultStream()
            .map(o -> new AssignmentOfficeView(o.code(), o.name(), o.isConsolidator()))
            .toList();
    return new AssignmentMatrixView(
        assessment.id(), offices, rows, List.copyOf(unassigned), unassigned.isEmpty());
  }

  private static String areaCode(Criterion criterion) {
    String code = criterion.code().toString();
    int dot = code.indexOf('.');
    return dot < 0 ? code : code.substring(0, dot);
  }

  private Criterion assignableCriterion(Assessment assessment, String code) {
    IndexVersion version = assessment.version();
    Criterion criterion =
        version.nodes().stream()
            .filter(n -> n.code().toString().equals(code))
            .findFirst()
            .orElseThrow(() -> new NotFoundException("criterion.notFound", code));
    if (!AssignableCriteria.isAssignable(version, criterion)) {
      throw new BusinessException("assignment.notAssignable", code).onField("code");
    }
    return criterion;
  }

  private Map<Long, List<Assignment>> byCriterion(List<Assignment> assignments) {
    return assignments.stream()
        .collect(
            Collectors.groupingBy(
                a -> a.criterion().id(), LinkedHashMap::new, Collectors.toList()));
  }

  private List<Assignment> assignments(Assessment assessment) {
    return em.createQuery(
            "select a from Assignment a join fetch a.criterion join fetch a.office"
                + " where a.assessment = :assessment and a.criterion.version = a.assessment.version"
                + " order by a.criterion.position, a.id",
            Assignment.class)
        .setParameter("assessment", assessment)
        .getResultList();
  }

  /** The assignments of one criterion, oldest first; a mutable list. */
  private List<Assignment> holders(Assessment assessment, Criterion criterion) {
    return new ArrayList<>(
        em.createQuery(
                "select a from Assignment a join fetch a.office where a.assessment = :assessment"
                    + " and a.criterion = :criterion order by a.id",
                Assignment.class)
            .setParameter("assessment", assessment)
            .setParameter("criterion", criterion)
            .getResultList());
  }

  private boolean hasSelfScore(Assignment assignment) {
    return exists("select count(s) from SelfScore s where s.assignment = :a", assignment);
  }

  /** Records of who holds the criterion name no assignment, so they never count here. */
  private boolean hasOtherRecords(Assignment assignment) {
    return exists("select count(l) from EvidenceLink l where l.assignment = :a", assignment)
        || exists("select count(c) from CriterionComment c where c.assignment = :a", assignment)
        || exists("select count(r) from ChangeRecord r where r.assignment = :a", assignment);
  }

  private boolean exists(String countQuery, Assignment assignment) {
    return em.createQuery(countQuery, Long.class).setParameter("a", assignment).getSingleResult()
        > 0;
  }

  /** An office that may take new criteria: a deactivated one only gives them back. */
  private Office activeOffice(Assessment assessment, String officeCode) {
    Office office = office(assessment, officeCode);
    if (!office.isActive()) {
      throw new BusinessException("assignment.officeInactive", office.name()).onField("office");
    }
    return office;
  }

  private Office office(Assessment assessment, String officeCode) {
    return em.createQuery(
            "select o from Office o where o.unit = :unit and o.code = :code", Office.class)
        .setParameter("unit", assessment.unit())
        .setParameter("code", officeCode)
        .getResultStream()
        .findFirst()
        .orElseThrow(() -> new NotFoundException("office.notFound", officeCode));
  }

  /** The assessment; locked for a change, so two consolidators do not both pick a lead. */
  private Assessment assessment(long assessmentId, boolean forChange) {
    AssessmentAccess access = new AssessmentAccess(em, caller.get());
    return forChange
        ? access.permitted(assessmentId, Permission.PREPARE, LockModeType.PESSIMISTIC_WRITE)
        : access.permitted(assessmentId, Permission.READ_UNIT);
  }
}
