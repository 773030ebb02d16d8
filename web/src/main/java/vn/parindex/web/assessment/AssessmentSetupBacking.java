package vn.parindex.web.assessment;

import jakarta.ejb.EJB;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import vn.parindex.assessment.AssessmentOpenRefusedException;
import vn.parindex.assessment.AssessmentSetupService;
import vn.parindex.assessment.AssessmentSummary;
import vn.parindex.assessment.ReferenceView;
import vn.parindex.assessment.UnassignedCriterion;
import vn.parindex.assessment.UnitChoice;
import vn.parindex.assessment.VersionChoice;
import vn.parindex.kernel.Refusal;
import vn.parindex.web.i18n.LocaleBacking;
import vn.parindex.web.i18n.MessageResolver;
import vn.parindex.web.i18n.PageRefusals;

/**
 * Backs assessment/setup.xhtml: the assessments of the units the user sets up, creating one,
 * changing its references and deadline, and opening it (with the criteria in the way when refused).
 */
@Named
@ViewScoped
public class AssessmentSetupBacking implements Serializable {
  private static final long serialVersionUID = 1L;
  private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy");
  private static final Set<String> FIELDS =
      Set.of(
          "unit",
          "year",
          "version",
          "deadline",
          "directiveNumber",
          "directiveDate",
          "directiveIssuer",
          "guidanceNumber",
          "guidanceDate",
          "guidanceIssuer");

  @EJB private AssessmentSetupService setup;
  @Inject private MessageResolver messages;
  @Inject private PageRefusals refusals;
  @Inject private LocaleBacking localeBacking;
  @Inject private Clock clock;

  private List<AssessmentSummary> assessments = List.of();
  private List<UnitChoice> units = List.of();
  private List<VersionChoice> versions = List.of();
  private AssessmentSummary selected;
  private List<UnassignedCriterion> refusal = List.of();

  private Long unitId;
  private Integer year;
  private Long versionId;
  private LocalDate deadline;
  private final ReferenceFields directive = new ReferenceFields();
  private final ReferenceFields guidance = new ReferenceFields();

  public void load() {
    assessments = setup.assessments();
    units = setup.units();
  }

  /** Empties the create dialog: the user's unit, this year, the newest index of its level. */
  public void startCreate() {
    unitId = units.size() == 1 ? units.get(0).id() : null;
    year = LocalDate.now(clock).getYear();
    deadline = null;
    directive.fill(null);
    guidance.fill(null);
    unitChanged();
  }

  /** The published versions of the chosen unit's level; the newest is chosen. */
  public void unitChanged() {
    versions = unitId == null ? List.of() : setup.publishedVersions(unitId);
    versionId = versions.isEmpty() ? null : versions.get(0).id();
  }

  public void create() {
    try {
      AssessmentSummary created =
          setup.create(unitId, year, versionId, deadline, directive.input(), guidance.input());
      load();
      info(
          messages.message(
              "setup.created", locale(), created.unitName(), String.valueOf(created.year())));
    } catch (Refusal e) {
      refused(e, "createForm");
    }
  }

  /** Fills the edit dialog with the assessment's references and deadline. */
  public void startEdit(AssessmentSummary assessment) {
    selected = assessment;
    deadline = assessment.deadline();
    directive.fill(assessment.directive());
    guidance.fill(assessment.guidance());
  }

  public void saveSetup() {
    try {
      setup.describe(selected.id(), deadline, directive.input(), guidance.input());
      load();
      info(messages.message("setup.saved", locale(), String.valueOf(selected.year())));
    } catch (Refusal e) {
      refused(e, "editForm");
    }
  }

  public void select(AssessmentSummary assessment) {
    selected = assessment;
  }

  /** Opens the selected assessment; when refused, lists the criteria nobody holds. */
  public void open() {
    refusal = List.of();
    try {
      setup.open(selected.id());
      load();
      info(messages.message("setup.opened", locale(), String.valueOf(selected.year())));
    } catch (AssessmentOpenRefusedException e) {
      refusal = e.problems();
      error(null, refusals.text(e));
    } catch (Refusal e) {
      error(null, refusals.text(e));
    }
  }

  /** A date as the page shows it; MessageFormat and the EL cannot format a LocalDate. */
  public String day(LocalDate date) {
    return date == null ? "" : date.format(DAY);
  }

  /** A reference on one line: "number, dd/MM/yyyy, issuer"; empty when not recorded. */
  public String reference(ReferenceView ref) {
    return ref == null ? "" : ref.number() + ", " + day(ref.date()) + ", " + ref.issuer();
  }

  private void refused(Refusal e, String formId) {
    String clientId =
        e.field() != null && FIELDS.contains(e.field()) ? formId + ":" + e.field() : null;
    error(clientId, refusals.text(e));
    FacesContext.getCurrentInstance().validationFailed();
  }

  private static void info(String text) {
    FacesContext.getCurrentInstance()
        .addMessage(null, new FacesMessage(FacesMessage.SEVERITY_INFO, text, null));
  }

  private static void error(String clientId, String text) {
    FacesContext.getCurrentInstance()
        .addMessage(clientId, new FacesMessage(FacesMessage.SEVERITY_ERROR, text, null));
  }

  private Locale locale() {
    return localeBacking.getLocale();
  }

  public List<AssessmentSummary> getAssessments() {
    return assessments;
  }

  public List<UnitChoice> getUnits() {
    return units;
  }

  public List<VersionChoice> getVersions() {
    return versions;
  }

  public AssessmentSummary getSelected() {
    return selected;
  }

  public List<UnassignedCriterion> getRefusal() {
    return refusal;
  }

  public Long getUnitId() {
    return unitId;
  }

  public void setUnitId(Long unitId) {
    this.unitId = unitId;
  }

  public Integer getYear() {
    return year;
  }

  public void setYear(Integer year) {
    this.year = year;
  }

  public Long getVersionId() {
    return versionId;
  }

  public void setVersionId(Long versionId) {
    this.versionId = versionId;
  }

  public LocalDate getDeadline() {
    return deadline;
  }

  public void setDeadline(LocalDate deadline) {
    this.deadline = deadline;
  }

  public ReferenceFields getDirective() {
    return directive;
  }

  public ReferenceFields getGuidance() {
    return guidance;
  }
}
