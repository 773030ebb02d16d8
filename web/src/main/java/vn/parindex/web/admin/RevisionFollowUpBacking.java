package vn.parindex.web.admin;

import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import vn.parindex.assessment.AssessmentMoveService;
import vn.parindex.assessment.AssessmentSummary;
import vn.parindex.catalogue.CatalogueService;
import vn.parindex.catalogue.VersionStatus;
import vn.parindex.catalogue.VersionSummary;
import vn.parindex.kernel.Refusal;
import vn.parindex.web.i18n.MessageResolver;
import vn.parindex.web.i18n.PageRefusals;

/**
 * Backs the follow-up panel of a published revision (admin/version.xhtml): the version it revises
 * may still be in force and still carry assessments, so the administrator is offered to retire it
 * and to move each of them to the revision.
 */
@Named
@ViewScoped
public class RevisionFollowUpBacking implements Serializable {
  private static final long serialVersionUID = 1L;

  @EJB private CatalogueService catalogue;
  @EJB private AssessmentMoveService moves;
  @Inject private MessageResolver messages;
  @Inject private PageRefusals refusals;

  private long id;
  private VersionSummary predecessor;
  private List<AssessmentSummary> stillOnPredecessor = List.of();

  /** Called by f:viewAction once the revision's id is known. */
  public void load() {
    predecessor = null;
    stillOnPredecessor = List.of();
    List<VersionSummary> versions = catalogue.versions();
    VersionSummary revision = versions.stream().filter(v -> v.id() == id).findFirst().orElse(null);
    if (revision == null
        || revision.status() != VersionStatus.PUBLISHED
        || revision.predecessorId() == null) {
      return;
    }
    predecessor =
        versions.stream().filter(v -> v.id() == revision.predecessorId()).findFirst().orElse(null);
    if (predecessor != null) {
      stillOnPredecessor = moves.onVersion(predecessor.id());
    }
  }

  public void retirePredecessor() {
    try {
      catalogue.retire(predecessor.id());
      AdminPage.info(
          messages.message("admin.versions.retired", AdminPage.locale(), predecessor.name()));
      load();
    } catch (Refusal e) {
      refusals.show(e, "followUpForm");
    }
  }

  /** Shown while the old version is in force or still carries assessments. */
  public boolean isShown() {
    return predecessor != null && (isPredecessorInForce() || !stillOnPredecessor.isEmpty());
  }

  public boolean isPredecessorInForce() {
    return predecessor != null && predecessor.status() == VersionStatus.PUBLISHED;
  }

  public long getId() {
    return id;
  }

  public void setId(long id) {
    this.id = id;
  }

  public VersionSummary getPredecessor() {
    return predecessor;
  }

  public List<AssessmentSummary> getStillOnPredecessor() {
    return stillOnPredecessor;
  }
}
