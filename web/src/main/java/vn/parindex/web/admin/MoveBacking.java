package vn.parindex.web.admin;

import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import java.util.Set;
import vn.parindex.assessment.AssessmentMoveService;
import vn.parindex.assessment.AssessmentSummary;
import vn.parindex.assessment.MoveLine;
import vn.parindex.assessment.MoveOutcome;
import vn.parindex.assessment.SelfAssessmentService;
import vn.parindex.catalogue.CatalogueService;
import vn.parindex.catalogue.ChangeKind;
import vn.parindex.catalogue.VersionStatus;
import vn.parindex.catalogue.VersionSummary;
import vn.parindex.kernel.Refusal;
import vn.parindex.web.i18n.MessageResolver;
import vn.parindex.web.i18n.PageRefusals;

/**
 * Backs admin/move.xhtml: moves an open assessment to a published revision of its index, after a
 * preview of what happens to each scored criterion.
 */
@Named
@ViewScoped
public class MoveBacking implements Serializable {
  private static final long serialVersionUID = 1L;

  @EJB private SelfAssessmentService selfAssessment;
  @EJB private CatalogueService catalogue;
  @EJB private AssessmentMoveService moves;
  @Inject private MessageResolver messages;
  @Inject private PageRefusals refusals;

  private long assessment;
  private AssessmentSummary summary;
  private List<VersionSummary> targets = List.of();
  private Long target;
  private List<MoveLine> lines;
  private boolean moved;
  private boolean showCarried;

  /** Called by f:viewAction once the assessment id is known. */
  public void load() {
    summary =
        selfAssessment.visibleAssessments().stream()
            .filter(a -> a.id() == assessment)
            .findFirst()
            .orElse(null);
    // only published revisions can receive an assessment; the service checks the lineage
    long current = summary == null ? -1 : summary.versionId();
    targets =
        catalogue.versions().stream()
            .filter(v -> v.status() == VersionStatus.PUBLISHED && v.predecessorId() != null)
            .filter(v -> v.id() != current)
            .toList();
  }

  public void preview() {
    moved = false;
    if (target == null) {
      AdminPage.error(
          "moveForm:target", messages.message("admin.move.pickTarget", AdminPage.locale()));
      return;
    }
    try {
      lines = moves.preview(assessment, target);
    } catch (Refusal e) {
      lines = null;
      refusals.show(e, "moveForm", Set.of("target"));
    }
  }

  public void move() {
    try {
      lines = moves.move(assessment, target);
      moved = true;
      VersionSummary to = targets.stream().filter(v -> v.id() == target).findFirst().orElse(null);
      AdminPage.info(
          messages.message(
              "admin.move.done",
              AdminPage.locale(),
              summary.unitName(),
              to == null ? String.valueOf(target) : to.name()));
      load();
    } catch (Refusal e) {
      refusals.show(e, "moveForm");
    }
  }

  public void targetChanged() {
    lines = null;
    moved = false;
  }

  /** The lines to show: those that change something, and the carried-over ones when asked. */
  public List<MoveLine> getVisibleLines() {
    if (lines == null || showCarried) {
      return lines;
    }
    return lines.stream().filter(l -> l.outcome() != MoveOutcome.CARRIED_OVER).toList();
  }

  public boolean isShowCarried() {
    return showCarried;
  }

  public void setShowCarried(boolean showCarried) {
    this.showCarried = showCarried;
  }

  public List<ChangeKind> kinds(MoveLine line) {
    return List.of(ChangeKind.values()).stream().filter(line.changes()::contains).toList();
  }

  public long count(MoveOutcome outcome) {
    return lines == null ? 0 : lines.stream().filter(l -> l.outcome() == outcome).count();
  }

  public MoveOutcome[] getOutcomes() {
    return MoveOutcome.values();
  }

  public long getAssessment() {
    return assessment;
  }

  public void setAssessment(long assessment) {
    this.assessment = assessment;
  }

  public AssessmentSummary getSummary() {
    return summary;
  }

  public List<VersionSummary> getTargets() {
    return targets;
  }

  public Long getTarget() {
    return target;
  }

  public void setTarget(Long target) {
    this.target = target;
  }

  public List<MoveLine> getLines() {
    return lines;
  }

  public boolean isMoved() {
    return moved;
  }
}
