package vn.parindex.web.admin;

import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import java.util.Set;
import vn.parindex.catalogue.CatalogueService;
import vn.parindex.catalogue.ChangeKind;
import vn.parindex.catalogue.CriterionChangeView;
import vn.parindex.catalogue.VersionSummary;
import vn.parindex.kernel.Refusal;
import vn.parindex.web.i18n.MessageResolver;
import vn.parindex.web.i18n.PageRefusals;

/**
 * Backs admin/compare.xhtml: what changed, criterion by criterion, between two versions. Without
 * parameters it compares the latest revision with the version it revises.
 */
@Named
@ViewScoped
public class CompareBacking implements Serializable {
  private static final long serialVersionUID = 1L;

  @EJB private CatalogueService catalogue;
  @Inject private MessageResolver messages;
  @Inject private PageRefusals refusals;

  private Long from;
  private Long to;
  private boolean showUnchanged;
  private List<VersionSummary> versions = List.of();
  private List<CriterionChangeView> changes = List.of();

  /** Called by f:viewAction once the parameters are known. */
  public void load() {
    versions = catalogue.versions();
    if (from == null && to == null) {
      versions.stream()
          .filter(v -> v.predecessorId() != null)
          .findFirst()
          .ifPresent(
              v -> {
                from = v.predecessorId();
                to = v.id();
              });
    }
    compare();
  }

  public void compare() {
    changes = List.of();
    if (!isReady()) {
      return;
    }
    try {
      changes = catalogue.compareInWords(from, to, AdminPage.locale());
    } catch (Refusal e) {
      refusals.show(e, null);
    }
  }

  public boolean isReady() {
    return from != null && to != null && !from.equals(to);
  }

  public List<CriterionChangeView> getRows() {
    return showUnchanged ? changes : changes.stream().filter(c -> !c.unchanged()).toList();
  }

  public long getChangedCount() {
    return changes.stream().filter(c -> !c.unchanged()).count();
  }

  /** The kinds of change of a row in a steady order, for its badges. */
  public List<ChangeKind> kinds(CriterionChangeView change) {
    Set<ChangeKind> kinds = change.changes();
    return List.of(ChangeKind.values()).stream().filter(kinds::contains).toList();
  }

  public String rowClass(CriterionChangeView change) {
    if (change.changes().contains(ChangeKind.ADDED)) {
      return "change-added";
    }
    if (change.changes().contains(ChangeKind.REMOVED)) {
      return "change-removed";
    }
    return change.unchanged() ? "change-none" : "change-changed";
  }

  public Long getFrom() {
    return from;
  }

  public void setFrom(Long from) {
    this.from = from;
  }

  public Long getTo() {
    return to;
  }

  public void setTo(Long to) {
    this.to = to;
  }

  public boolean isShowUnchanged() {
    return showUnchanged;
  }

  public void setShowUnchanged(boolean showUnchanged) {
    this.showUnchanged = showUnchanged;
  }

  public List<VersionSummary> getVersions() {
    return versions;
  }

  public List<CriterionChangeView> getChanges() {
    return changes;
  }
}
