package vn.parindex.web.admin;

import jakarta.ejb.EJB;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.primefaces.event.FileUploadEvent;
import org.primefaces.model.file.UploadedFile;
import vn.parindex.assessment.AssessmentSummary;
import vn.parindex.assessment.SelfAssessmentService;
import vn.parindex.catalogue.CatalogueService;
import vn.parindex.catalogue.UnitLevelView;
import vn.parindex.catalogue.VersionSummary;
import vn.parindex.catalogue.exchange.ImportProblem;
import vn.parindex.catalogue.exchange.ImportProblemMessages;
import vn.parindex.catalogue.exchange.ImportRefusedException;
import vn.parindex.catalogue.exchange.IndexExchangeService;
import vn.parindex.kernel.Refusal;
import vn.parindex.web.i18n.MessageResolver;
import vn.parindex.web.i18n.PageRefusals;

/**
 * Backs admin/versions.xhtml: the index versions with what can be done to each (revise, retire,
 * delete a draft, compare, export), the levels of unit an index applies to, and the assessments
 * that can move to a revision.
 */
@Named
@ViewScoped
public class VersionsBacking implements Serializable {
  private static final long serialVersionUID = 1L;
  private static final Set<String> REVISION_FIELDS =
      Set.of(
          "name",
          "decisionNumber",
          "decisionDate",
          "decisionIssuer",
          "unitLevel",
          "year",
          "periodUntil");
  private static final Set<String> LEVEL_FIELDS = Set.of("code", "name");

  @EJB private CatalogueService catalogue;
  @EJB private SelfAssessmentService selfAssessment;
  @EJB private IndexExchangeService exchange;
  @Inject private MessageResolver messages;
  @Inject private PageRefusals refusals;

  private Long revise;
  private boolean reviseOnLoad;
  private List<VersionSummary> versions = List.of();
  private List<UnitLevelView> unitLevels = List.of();
  private Map<String, String> levelNames = Map.of();
  private List<AssessmentSummary> assessments = List.of();
  private VersionSummary selected;
  private final RevisionForm revision = new RevisionForm();
  private String levelCode;
  private String levelName;
  private Long compareFrom;
  private Long compareTo;
  private String refusedFile;
  private List<ImportProblem> importProblems = List.of();

  /** Called by f:viewAction; {@code ?revise=N} opens the revise dialog for version N. */
  public void load() {
    refresh();
    assessments = selfAssessment.visibleAssessments();
    if (revise != null) {
      versions.stream()
          .filter(v -> v.id() == revise && !v.isDraft())
          .findFirst()
          .ifPresent(
              v -> {
                startRevision(v);
                reviseOnLoad = true;
              });
    }
  }

  private void refresh() {
    versions = catalogue.versions();
    unitLevels = catalogue.unitLevels();
    levelNames =
        unitLevels.stream()
            .collect(Collectors.toMap(UnitLevelView::code, UnitLevelView::name, (a, b) -> a));
  }

  public void startRevision(VersionSummary version) {
    selected = version;
    revision.start(
        version,
        messages.message("admin.versions.revisedName", AdminPage.locale(), version.name()));
  }

  /** Creates the draft and opens it in the tree editor. */
  public String revise() {
    try {
      long draft =
          catalogue.revise(
              revision.getSourceId(),
              revision.getName(),
              revision.decision(),
              revision.getUnitLevel(),
              revision.getYear(),
              revision.getPeriodUntil());
      AdminPage.info(
          messages.message("admin.versions.revised", AdminPage.locale(), revision.getName()));
      AdminPage.keepMessagesOverRedirect();
      return "/admin/version?faces-redirect=true&id=" + draft;
    } catch (Refusal e) {
      refusals.show(e, "reviseForm", REVISION_FIELDS);
      return null;
    }
  }

  public void select(VersionSummary version) {
    selected = version;
  }

  public void retire() {
    try {
      catalogue.retire(selected.id());
      AdminPage.info(
          messages.message("admin.versions.retired", AdminPage.locale(), selected.name()));
    } catch (Refusal e) {
      refusals.show(e, null);
    }
    refresh();
  }

  public void deleteDraft() {
    try {
      catalogue.deleteDraft(selected.id());
      AdminPage.info(
          messages.message("admin.versions.deleted", AdminPage.locale(), selected.name()));
    } catch (Refusal e) {
      refusals.show(e, null);
    }
    refresh();
  }

  public void addLevel() {
    try {
      catalogue.addUnitLevel(levelCode, levelName);
      AdminPage.info(messages.message("admin.levels.added", AdminPage.locale(), levelName.strip()));
      levelCode = null;
      levelName = null;
      refresh();
    } catch (Refusal e) {
      refusals.show(e, "levelForm", LEVEL_FIELDS);
    }
  }

  /**
   * Imports a workbook or YAML file into a new draft and opens it; a refused file's problems are
   * listed by sheet, row and column so that all can be fixed before the next try.
   */
  public void upload(FileUploadEvent event) {
    UploadedFile file = event.getFile();
    refusedFile = null;
    importProblems = List.of();
    try {
      long draft = exchange.importFile(file.getFileName(), file.getContent());
      AdminPage.info(messages.message("admin.import.done", AdminPage.locale(), file.getFileName()));
      AdminPage.keepMessagesOverRedirect();
      FacesContext context = FacesContext.getCurrentInstance();
      context
          .getApplication()
          .getNavigationHandler()
          .handleNavigation(context, null, "/admin/version?faces-redirect=true&id=" + draft);
    } catch (ImportRefusedException e) {
      refusedFile = file.getFileName();
      importProblems = e.problems();
    } catch (Refusal e) {
      refusals.show(e, "importForm");
    }
  }

  public String compare() {
    if (compareFrom == null || compareTo == null || compareFrom.equals(compareTo)) {
      AdminPage.error(
          "versionsForm:compareFrom",
          messages.message("admin.compare.pickTwo", AdminPage.locale()));
      return null;
    }
    return "/admin/compare?faces-redirect=true&from=" + compareFrom + "&to=" + compareTo;
  }

  /** The name of a level of unit, or its code when the level is unknown. */
  public String levelName(String code) {
    return levelNames.getOrDefault(code, code);
  }

  public Long getRevise() {
    return revise;
  }

  public void setRevise(Long revise) {
    this.revise = revise;
  }

  public boolean isReviseOnLoad() {
    return reviseOnLoad;
  }

  public List<VersionSummary> getVersions() {
    return versions;
  }

  public List<UnitLevelView> getUnitLevels() {
    return unitLevels;
  }

  public List<AssessmentSummary> getAssessments() {
    return assessments;
  }

  public VersionSummary getSelected() {
    return selected;
  }

  public RevisionForm getRevision() {
    return revision;
  }

  public String getLevelCode() {
    return levelCode;
  }

  public void setLevelCode(String levelCode) {
    this.levelCode = levelCode;
  }

  public String getLevelName() {
    return levelName;
  }

  public void setLevelName(String levelName) {
    this.levelName = levelName;
  }

  public String getRefusedFile() {
    return refusedFile;
  }

  /** A refused file's problem in the reader's language. */
  public String importMessage(ImportProblem problem) {
    return ImportProblemMessages.message(problem, AdminPage.locale());
  }

  /** The largest file the import takes, so that the browser refuses a larger one before sending. */
  public int getMaxImportBytes() {
    return IndexExchangeService.MAX_FILE_BYTES;
  }

  public List<ImportProblem> getImportProblems() {
    return importProblems;
  }

  public Long getCompareFrom() {
    return compareFrom;
  }

  public void setCompareFrom(Long compareFrom) {
    this.compareFrom = compareFrom;
  }

  public Long getCompareTo() {
    return compareTo;
  }

  public void setCompareTo(Long compareTo) {
    this.compareTo = compareTo;
  }
}
