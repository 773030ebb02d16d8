package vn.parindex.web.assessment;

import jakarta.ejb.EJB;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import vn.parindex.assessment.AssessmentSummary;
import vn.parindex.assessment.AssignmentMatrixView;
import vn.parindex.assessment.AssignmentService;
import vn.parindex.assessment.SelfAssessmentService;
import vn.parindex.catalogue.CatalogueService;
import vn.parindex.catalogue.NodeKind;
import vn.parindex.catalogue.VersionSummary;
import vn.parindex.kernel.Refusal;
import vn.parindex.web.i18n.LocaleBacking;
import vn.parindex.web.i18n.MessageResolver;
import vn.parindex.web.i18n.PageRefusals;

/**
 * Backs assessment/assignment.xhtml: the consolidating office gives criteria to offices one cell at
 * a time or a whole area at once, and picks the lead office of a shared criterion. Every rule (what
 * can be assigned, who leads, what may not be taken back) is the service's; a refusal is shown in
 * the user's language and changes nothing.
 */
@Named
@ViewScoped
public class AssignmentBacking implements Serializable {
  private static final long serialVersionUID = 1L;

  @EJB private AssignmentService assignments;
  @EJB private SelfAssessmentService assessments;
  @EJB private CatalogueService catalogue;
  @Inject private MessageResolver messages;
  @Inject private PageRefusals refusals;
  @Inject private LocaleBacking localeBacking;

  private long assessment;
  private AssessmentSummary summary;
  private VersionSummary version;
  private Map<String, String> areaNames = Map.of();
  private AssignmentGrid grid = AssignmentGrid.empty();
  private boolean onlyUnassigned;
  private String bulkArea;
  private String bulkOffice;

  public void load() {
    summary =
        assessments.visibleAssessments().stream()
            .filter(a -> a.id() == assessment)
            .findFirst()
            .orElse(null);
    if (summary == null) {
      return;
    }
    var tree = catalogue.tree(summary.versionId());
    version = tree.version();
    areaNames =
        tree.nodes().stream()
            .filter(n -> n.kind() == NodeKind.AREA)
            .collect(Collectors.toMap(n -> n.code(), n -> n.name(), (a, b) -> a));
    show(assignments.matrix(assessment));
  }

  /**
   * A click on a cell (its criterion and office come as request parameters): gives the criterion to
   * the office, or takes it back when the office holds it.
   */
  public void toggle() {
    String code = parameter("code");
    String office = parameter("office");
    MatrixLine line = grid.line(code).orElse(null);
    OfficeColumn column = grid.office(office).orElse(null);
    if (line == null || column == null) {
      return;
    }
    if (line.holdsFor(office)) {
      change(
          () -> assignments.unassign(assessment, code, office),
          "assignmentPage.unassignedDone",
          code,
          column.name());
    } else {
      change(
          () -> assignments.assign(assessment, code, office, null),
          "assignmentPage.assignedDone",
          code,
          column.name());
    }
  }

  /** A click on the star of a holder of a shared criterion: that office leads it. */
  public void chooseLead() {
    String code = parameter("code");
    String office = parameter("office");
    OfficeColumn column = grid.office(office).orElse(null);
    if (grid.line(code).isEmpty() || column == null) {
      return;
    }
    change(
        () -> assignments.assign(assessment, code, office, true),
        "assignmentPage.leadChosen",
        code,
        column.name());
  }

  /** Gives every criterion of the chosen area to the chosen office, keeping the others' share. */
  public void assignArea() {
    MatrixArea area = bulkArea == null ? null : grid.area(bulkArea).orElse(null);
    OfficeColumn column = bulkOffice == null ? null : grid.office(bulkOffice).orElse(null);
    if (area == null || column == null) {
      error(messages.message("assignmentPage.bulkChoose", localeBacking.getLocale()));
      return;
    }
    long added = area.lines().stream().filter(l -> !l.holdsFor(column.code())).count();
    change(
        () -> assignments.assignArea(assessment, area.code(), column.code()),
        "assignmentPage.bulkDone",
        added,
        area.code(),
        column.name());
  }

  private void change(Supplier<AssignmentMatrixView> action, String doneKey, Object... arguments) {
    try {
      show(action.get());
      FacesContext.getCurrentInstance()
          .addMessage(
              null,
              new FacesMessage(
                  FacesMessage.SEVERITY_INFO,
                  messages.message(doneKey, localeBacking.getLocale(), arguments),
                  null));
    } catch (Refusal e) {
      error(refusals.text(e));
      refresh();
    }
  }

  /** After a refusal: another consolidator may have changed the matrix meanwhile. */
  private void refresh() {
    try {
      show(assignments.matrix(assessment));
    } catch (Refusal e) {
      grid = AssignmentGrid.empty();
    }
  }

  private void show(AssignmentMatrixView matrix) {
    grid = AssignmentGrid.of(matrix, areaNames);
  }

  private static void error(String text) {
    FacesContext context = FacesContext.getCurrentInstance();
    context.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_ERROR, text, null));
    context.validationFailed();
  }

  private static String parameter(String name) {
    return FacesContext.getCurrentInstance()
        .getExternalContext()
        .getRequestParameterMap()
        .get(name);
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

  /** The index version of the assessment, for the decision the letter cites. */
  public VersionSummary getVersion() {
    return version;
  }

  public List<OfficeColumn> getOffices() {
    return grid.offices();
  }

  public List<MatrixArea> getAreas() {
    return grid.areas(onlyUnassigned);
  }

  /** Every area that has criteria to assign, for the bulk assignment. */
  public List<MatrixArea> getAllAreas() {
    return grid.areas(false);
  }

  public int getUnassigned() {
    return grid.unassigned();
  }

  public boolean isHasCriteria() {
    return grid.hasCriteria();
  }

  public boolean isOnlyUnassigned() {
    return onlyUnassigned;
  }

  public void setOnlyUnassigned(boolean onlyUnassigned) {
    this.onlyUnassigned = onlyUnassigned;
  }

  public String getBulkArea() {
    return bulkArea;
  }

  public void setBulkArea(String bulkArea) {
    this.bulkArea = bulkArea;
  }

  public String getBulkOffice() {
    return bulkOffice;
  }

  public void setBulkOffice(String bulkOffice) {
    this.bulkOffice = bulkOffice;
  }
}
