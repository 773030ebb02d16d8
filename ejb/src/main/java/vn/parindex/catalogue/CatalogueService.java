package vn.parindex.catalogue;

import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.math.BigDecimal;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import vn.parindex.access.Roles;
import vn.parindex.organisation.CallerAccount;
import vn.parindex.organisation.UnitLevel;
import vn.parindex.platform.BusinessException;
import vn.parindex.platform.NotFoundException;
import vn.parindex.scoring.CriterionCode;
import vn.parindex.scoring.Points;

/**
 * The index and its versions as administrators manage them: drafts edited node by node, checked,
 * published, revised and compared. A published version never changes; every attempt is refused
 * here, whatever page or API asks.
 */
@Stateless
@RolesAllowed({Roles.ADMIN, Roles.CONSOLIDATOR, Roles.LEADER, Roles.OFFICE})
public class CatalogueService {
  @Inject private EntityManager em;
  @EJB private CallerAccount caller;
  @Resource private SessionContext context;

  public List<VersionSummary> versions() {
    return em.createQuery(
            "select v from IndexVersion v order by v.year desc, v.id desc", IndexVersion.class)
        .getResultStream()
        .map(VersionSummary::of)
        .toList();
  }

  public VersionTree tree(long versionId) {
    IndexVersion version = find(versionId);
    List<VersionProblem> problems = version.isDraft() ? version.problems() : List.of();
    Map<String, List<VersionProblem>> byCode =
        problems.stream()
            .filter(p -> p.code() != null)
            .collect(Collectors.groupingBy(VersionProblem::code));
    List<NodeView> nodes =
        version.nodes().stream()
            .map(n -> NodeView.of(version, n, byCode.getOrDefault(n.code().toString(), List.of())))
            .toList();
    return new VersionTree(VersionSummary.of(version), version.bands(), nodes, problems);
  }

  public List<UnitLevelView> unitLevels() {
    return em.createNamedQuery(UnitLevel.ALL, UnitLevel.class)
        .getResultStream()
        .map(l -> new UnitLevelView(l.code(), l.name()))
        .toList();
  }

  @RolesAllowed(Roles.ADMIN)
  public UnitLevelView addUnitLevel(String code, String name) {
    caller.requireSystemAdministrator();
    String normalised = code == null ? "" : code.strip().toLowerCase(Locale.ROOT);
    if (!normalised.matches("[a-z0-9-]{1,40}") || name == null || name.isBlank()) {
      throw new BusinessException("unitLevel.invalid").onField("code");
    }
    if (levelExists(normalised)) {
      throw new BusinessException("unitLevel.duplicate", normalised).onField("code");
    }
    UnitLevel level = new UnitLevel(normalised, name);
    // the same checks as a new name: clean text, within its length
    level.rename(name);
    em.persist(level);
    return new UnitLevelView(level.code(), level.name());
  }

  /** Names a level again; its code, which units and versions refer to, stays. */
  @RolesAllowed(Roles.ADMIN)
  public UnitLevelView renameUnitLevel(String code, String name) {
    caller.requireSystemAdministrator();
    UnitLevel level =
        em.createQuery("select l from UnitLevel l where l.code = :code", UnitLevel.class)
            .setParameter("code", code == null ? "" : code.strip())
            .getResultStream()
            .findFirst()
            .orElseThrow(() -> new NotFoundException("unitLevel.notFound", String.valueOf(code)));
    level.rename(name);
    return new UnitLevelView(level.code(), level.name());
  }

  @RolesAllowed(Roles.ADMIN)
  public void describe(long versionId, VersionHeader header) {
    caller.requireSystemAdministrator();
    requireLevel(header.unitLevel());
    DecisionRef decision = decision(header);
    Points total = total(header.totalMax(), "totalMax");
    Points selfAssessed = total(header.selfAssessedMax(), "selfAssessedMax");
    Points survey = total(header.surveyMax(), "surveyMax");
    if (header.bands().stream()
        .anyMatch(b -> b.label() == null || b.label().isBlank() || b.minTotal() == null)) {
      throw new BusinessException("version.band.invalid").onField("bands");
    }
    edit(
        versionId,
        v -> {
          v.describe(
              requireName(header.name()),
              header.unitLevel(),
              header.year(),
              decision,
              total,
              selfAssessed,
              survey);
          v.replaceBands(header.bands());
          v.boundTotal(header.totalBounded());
          v.bandBy(header.bandScale());
        });
  }

  private static DecisionRef decision(VersionHeader header) {
    try {
      return new DecisionRef(
          header.decisionNumber(), header.decisionDate(), header.decisionIssuer());
    } catch (IllegalArgumentException | NullPointerException e) {
      throw new BusinessException("version.decision.required").onField("decision");
    }
  }

  private static Points total(BigDecimal value, String field) {
    if (value == null || value.signum() < 0) {
      throw new BusinessException("version.total.invalid").onField(field);
    }
    return Points.of(value);
  }

  @RolesAllowed(Roles.ADMIN)
  public void addNode(long versionId, NodeDefinition definition) {
    caller.requireSystemAdministrator();
    CriterionCode code = code(definition.code());
    edit(
        versionId,
        v -> {
          if (v.node(code).isPresent()) {
            throw new BusinessException("version.node.duplicate", code.toString()).onField("code");
          }
          code.parent()
              .filter(p -> v.node(p).isEmpty())
              .ifPresent(
                  p -> {
                    throw new BusinessException(
                            "version.node.noParent", code.toString(), p.toString())
                        .onField("code");
                  });
          if (code.depth() > 3) {
            throw new BusinessException("version.node.tooDeep", code.toString()).onField("code");
          }
          Criterion node =
              v.addNode(
                  code,
                  NodeKind.atDepth(code.depth()),
                  requireName(definition.name()),
                  points(definition),
                  definition.method() == null
                      ? AssessmentMethod.SELF_ASSESSED
                      : definition.method());
          define(node, definition);
        });
  }

  @RolesAllowed(Roles.ADMIN)
  public void updateNode(long versionId, String code, NodeDefinition definition) {
    caller.requireSystemAdministrator();
    edit(
        versionId,
        v -> {
          Criterion node = node(v, code);
          node.rename(requireName(definition.name()));
          node.changeMaxPoints(points(definition));
          node.changeMethod(definition.method() == null ? node.method() : definition.method());
          define(node, definition);
        });
  }

  @RolesAllowed(Roles.ADMIN)
  public void moveNode(long versionId, String code, String newCode) {
    caller.requireSystemAdministrator();
    CriterionCode target = code(newCode);
    edit(
        versionId,
        v -> {
          Criterion node = node(v, code);
          if (target.depth() != node.code().depth() && !v.isLeaf(node)) {
            throw new BusinessException("version.node.moveChangesLevel", code, newCode)
                .onField("newCode");
          }
          if (target.depth() > 3) {
            throw new BusinessException("version.node.tooDeep", newCode).onField("newCode");
          }
          if (node.code().isAncestorOf(target)) {
            throw new BusinessException("version.node.moveUnderItself", code, newCode)
                .onField("newCode");
          }
          if (v.node(target).isPresent()) {
            throw new BusinessException("version.node.duplicate", newCode).onField("newCode");
          }
          target
              .parent()
              .filter(p -> v.node(p).isEmpty())
              .ifPresent(
                  p -> {
                    throw new BusinessException("version.node.noParent", newCode, p.toString())
                        .onField("newCode");
                  });
          v.moveNode(node, target);
        });
  }

  @RolesAllowed(Roles.ADMIN)
  public void removeNode(long versionId, String code) {
    caller.requireSystemAdministrator();
    edit(versionId, v -> v.removeNode(node(v, code)));
  }

  /** Says which criterion of the revised version a node continues, or that it is new (null). */
  @RolesAllowed(Roles.ADMIN)
  public void linkPredecessor(long versionId, String code, String predecessorCode) {
    caller.requireSystemAdministrator();
    edit(
        versionId,
        v -> {
          IndexVersion previous =
              v.predecessor().orElseThrow(() -> new BusinessException("version.notRevision"));
          Criterion earlier =
              predecessorCode == null || predecessorCode.isBlank()
                  ? null
                  : previous
                      .node(code(predecessorCode))
                      .orElseThrow(
                          () -> new NotFoundException("criterion.notFound", predecessorCode));
          node(v, code).continues(earlier);
        });
  }

  @RolesAllowed(Roles.ADMIN)
  public void publish(long versionId) {
    caller.requireSystemAdministrator();
    IndexVersion version = find(versionId);
    if (!version.isDraft()) {
      throw new BusinessException("version.notEditable", version.name());
    }
    List<VersionProblem> problems = version.problems();
    if (!problems.isEmpty()) {
      throw new VersionHasProblemsException(problems);
    }
    version.publish();
  }

  @RolesAllowed(Roles.ADMIN)
  public void retire(long versionId) {
    caller.requireSystemAdministrator();
    IndexVersion version = find(versionId);
    if (version.status() != VersionStatus.PUBLISHED) {
      throw new BusinessException("version.retire.notPublished", version.name());
    }
    version.retire();
  }

  /** A new draft copying a published version, every node linked to the one it continues. */
  @RolesAllowed(Roles.ADMIN)
  public long revise(long versionId, String name, DecisionRef decision) {
    return revise(versionId, name, decision, null, null, null);
  }

  /**
   * A revision that may also move the index to another level and period (2025–2030): what is null
   * stays as the revised version has it, except the period's end, which then stays only with the
   * year.
   */
  @RolesAllowed(Roles.ADMIN)
  public long revise(
      long versionId,
      String name,
      DecisionRef decision,
      String unitLevel,
      Integer year,
      Integer periodUntil) {
    caller.requireSystemAdministrator();
    IndexVersion version = find(versionId);
    if (version.isDraft()) {
      throw new BusinessException("version.revise.draft", version.name());
    }
    String level = unitLevel == null ? version.unitLevel() : unitLevel.strip();
    requireLevel(level);
    int from = year == null ? version.year() : year;
    if (from < 2000 || from > 2100) {
      throw new BusinessException("version.year.invalid").onField("year");
    }
    Integer until =
        periodUntil != null || year != null ? periodUntil : version.periodUntil().orElse(null);
    if (until != null && (until < from || until > 2100)) {
      throw new BusinessException("version.period.invalid", from).onField("periodUntil");
    }
    IndexVersion draft = version.revise(requireName(name), decision, level, from, until);
    em.persist(draft);
    em.flush();
    return draft.id();
  }

  @RolesAllowed(Roles.ADMIN)
  public void deleteDraft(long versionId) {
    caller.requireSystemAdministrator();
    IndexVersion version = find(versionId);
    if (!version.isDraft()) {
      throw new BusinessException("version.notEditable", version.name());
    }
    em.remove(version);
  }

  public List<CriterionChangeView> compare(long olderId, long newerId) {
    return VersionComparison.compare(find(olderId), find(newerId)).stream()
        .map(CriterionChangeView::of)
        .sorted(Comparator.comparing(CriterionChangeView::sortKey))
        .toList();
  }

  /** The same comparison with the rules in words of the reader's language, for print. */
  public List<CriterionChangeView> compareInWords(long olderId, long newerId, Locale locale) {
    return VersionComparison.compare(find(olderId), find(newerId)).stream()
        .map(change -> CriterionChangeView.inWords(change, locale))
        .sorted(Comparator.comparing(CriterionChangeView::sortKey))
        .toList();
  }

  /** Persists a version read from a file; it arrives as a draft. */
  @RolesAllowed(Roles.ADMIN)
  public long saveImported(IndexVersion imported) {
    caller.requireSystemAdministrator();
    if (!imported.isDraft()) {
      throw new IllegalArgumentException("An imported version is a draft");
    }
    requireLevel(imported.unitLevel());
    em.persist(imported);
    em.flush();
    return imported.id();
  }

  IndexVersion find(long versionId) {
    IndexVersion version = em.find(IndexVersion.class, versionId);
    if (version == null) {
      throw new NotFoundException("version.notFound", versionId);
    }
    return version;
  }

  /** Applies a change to a draft; a published version refuses it with a translated message. */
  private void edit(long versionId, Consumer<IndexVersion> change) {
    IndexVersion version = find(versionId);
    if (!version.isDraft()) {
      throw new BusinessException("version.notEditable", version.name());
    }
    try {
      change.accept(version);
    } catch (VersionNotEditableException e) {
      throw new BusinessException("version.notEditable", version.name());
    }
  }

  private static void define(Criterion node, NodeDefinition definition) {
    node.describeEvidence(definition.evidenceGuidance());
    try {
      node.dueBy(DueDate.parse(definition.due()).orElse(null));
    } catch (IllegalArgumentException e) {
      throw new BusinessException(
              "version.node.badDue", node.code().toString(), definition.due().strip())
          .onField("due");
    }
    if (definition.ruleType() == null) {
      node.clearRule();
      return;
    }
    try {
      node.defineRule(definition.rule(), definition.scoringTiers());
    } catch (IllegalArgumentException | NullPointerException e) {
      throw new BusinessException("version.node.badRule", node.code().toString())
          .onField("ruleType");
    }
  }

  private static Criterion node(IndexVersion version, String code) {
    return version
        .node(code(code))
        .orElseThrow(() -> new NotFoundException("criterion.notFound", code));
  }

  private static CriterionCode code(String code) {
    try {
      return CriterionCode.of(code == null ? "" : code.strip());
    } catch (IllegalArgumentException e) {
      throw new BusinessException("version.node.badCode", String.valueOf(code)).onField("code");
    }
  }

  private static Points points(NodeDefinition definition) {
    if (definition.maxPoints() == null || definition.maxPoints().signum() < 0) {
      throw new BusinessException("version.node.badMax").onField("maxPoints");
    }
    return Points.of(definition.maxPoints());
  }

  private static String requireName(String name) {
    if (name == null || name.isBlank()) {
      throw new BusinessException("version.node.nameRequired").onField("name");
    }
    if (name.strip().length() > Criterion.NAME_LENGTH) {
      throw new BusinessException("version.node.nameTooLong", Criterion.NAME_LENGTH)
          .onField("name");
    }
    return name;
  }

  private void requireLevel(String code) {
    if (!levelExists(code)) {
      throw new BusinessException("unitLevel.unknown", String.valueOf(code)).onField("unitLevel");
    }
  }

  private boolean levelExists(String code) {
    return !em.createQuery("select l.id from UnitLevel l where l.code = :code", Long.class)
        .setParameter("code", code)
        .getResultList()
        .isEmpty();
  }
}
