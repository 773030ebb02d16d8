package vn.parindex.web.assessment;

import jakarta.ejb.EJB;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.primefaces.PrimeFaces;
import vn.parindex.assessment.AssessmentSummary;
import vn.parindex.assessment.AssignedCriterion;
import vn.parindex.assessment.HistoryEntry;
import vn.parindex.assessment.SelfAssessmentService;
import vn.parindex.assessment.SubmissionProblem;
import vn.parindex.assessment.SubmissionRefusedException;
import vn.parindex.kernel.Refusal;
import vn.parindex.scoring.InvalidScoreInputsException;
import vn.parindex.scoring.Points;
import vn.parindex.scoring.ScoreInputs;
import vn.parindex.web.i18n.LocaleBacking;
import vn.parindex.web.i18n.MessageResolver;
import vn.parindex.web.i18n.PageRefusals;

/**
 * Backs assessment/criteria.xhtml: the office's criteria grouped by area, and the dialog that
 * scores one of them with a live preview of the points its rule computes.
 */
@Named
@ViewScoped
public class MyCriteriaBacking implements Serializable {
  private static final long serialVersionUID = 1L;
  private static final Set<String> INPUT_FIELDS =
      Set.of("points", "met", "timeliness", "achieved", "total", "violations", "explanation");

  @EJB private SelfAssessmentService selfAssessment;
  @Inject private MessageResolver messages;
  @Inject private PageRefusals refusals;
  @Inject private LocaleBacking localeBacking;
  @Inject private CriterionEvidenceBacking evidence;
  @Inject private CriterionCommentsBacking comments;
  @Inject private Clock clock;

  private long assessment;
  private AssessmentSummary summary;
  private List<AssignedCriterion> criteria = List.of();
  private List<String> notices = List.of();
  private List<HistoryEntry> history = List.of();

  /**
   * The one place the page speaks: next to the submit bar, in the flow of the page, so that no
   * message covers an action or shows twice.
   */
  private static final String PAGE_MESSAGES = "criteriaForm:submit";

  private AssignedCriterion selected;
  private final ScoreForm form = new ScoreForm();

  /** Called by f:viewAction once the assessment id is known. */
  public void load() {
    summary =
        selfAssessment.visibleAssessments().stream()
            .filter(a -> a.id() == assessment)
            .findFirst()
            .orElse(null);
    try {
      criteria = summary == null ? List.of() : selfAssessment.assignedCriteria(assessment);
      notices =
          summary == null
              ? List.of()
              : selfAssessment.notices(assessment).stream()
                  .map(n -> messages.message(n.messageKey(), locale(), n.argument()))
                  .toList();
    } catch (Refusal e) {
      criteria = List.of();
      addMessage(PAGE_MESSAGES, FacesMessage.SEVERITY_WARN, refusals.text(e));
    }
  }

  public void edit(AssignedCriterion criterion) {
    selected = criterion;
    form.fill(criterion);
    evidence.open(criterion);
    comments.open(criterion);
    history = selfAssessment.history(assessment, criterion.code(), null);
  }

  /** A moment of the history as the office reads it: local date and time. */
  public String when(Instant moment) {
    return moment == null
        ? ""
        : DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm").withZone(clock.getZone()).format(moment);
  }

  /** The changes of the open criterion, newest first, as the dialog lists them. */
  public List<HistoryEntry> getHistory() {
    List<HistoryEntry> newestFirst = new ArrayList<>(history);
    Collections.reverse(newestFirst);
    return newestFirst;
  }

  public void save() {
    try {
      form.inputs();
    } catch (Refusal e) {
      if (INPUT_FIELDS.contains(e.field())) {
        // Already shown next to the field by limit(): nothing is sent to the service.
        FacesContext.getCurrentInstance().validationFailed();
        return;
      }
    }
    try {
      AssignedCriterion saved =
          selfAssessment.saveSelfScore(
              assessment,
              selected.code(),
              form.inputs(),
              form.getExplanation(),
              selected.rowVersion());
      // only the saved row changed: no reload of the whole list, and the page re-renders that row
      replaceRow(saved);
      selected = saved;
      history = selfAssessment.history(assessment, saved.code(), null);
      String text =
          messages.message("criteria.saved", locale(), saved.code(), saved.points().toBigDecimal());
      addMessage(PAGE_MESSAGES, FacesMessage.SEVERITY_INFO, text);
      PrimeFaces.current().ajax().addCallbackParam("saved", true);
    } catch (Refusal e) {
      String clientId = INPUT_FIELDS.contains(e.field()) ? "editForm:" + e.field() : "editForm";
      addMessage(clientId, FacesMessage.SEVERITY_ERROR, refusals.text(e));
      FacesContext.getCurrentInstance().validationFailed();
    }
  }

  /** "Submit to Phòng Nội vụ": refused with every problem listed, each its own message. */
  public void submit() {
    try {
      selfAssessment.submit(assessment);
      load();
      addMessage(
          PAGE_MESSAGES,
          FacesMessage.SEVERITY_INFO,
          messages.message("criteria.submitted", locale()));
    } catch (SubmissionRefusedException e) {
      addMessage(PAGE_MESSAGES, FacesMessage.SEVERITY_ERROR, refusals.text(e));
      for (SubmissionProblem problem : e.problems()) {
        addMessage(
            PAGE_MESSAGES,
            FacesMessage.SEVERITY_WARN,
            problem.code()
                + " "
                + problem.name()
                + ": "
                + messages.message(problem.messageKey(), locale()));
      }
    } catch (Refusal e) {
      addMessage(PAGE_MESSAGES, FacesMessage.SEVERITY_ERROR, refusals.text(e));
    }
  }

  /** Something is left to hand over: a criterion the office may still change. */
  public boolean isSubmittable() {
    return criteria.stream().anyMatch(AssignedCriterion::editable);
  }

  public String getDeadlineText() {
    return summary == null
        ? ""
        : summary.deadline().format(DateTimeFormatter.ofPattern("dd/MM/yyyy"));
  }

  public long getDaysLeft() {
    return summary == null ? 0 : ChronoUnit.DAYS.between(LocalDate.now(clock), summary.deadline());
  }

  /** The user's chosen language: on a first GET the view's locale is still the browser's. */
  private Locale locale() {
    return localeBacking.getLocale();
  }

  private static void addMessage(String clientId, FacesMessage.Severity severity, String text) {
    FacesContext.getCurrentInstance().addMessage(clientId, new FacesMessage(severity, text, null));
  }

  public List<AreaGroup> getAreas() {
    Map<String, List<AssignedCriterion>> byArea = new LinkedHashMap<>();
    Map<String, String> names = new LinkedHashMap<>();
    for (AssignedCriterion c : criteria) {
      byArea.computeIfAbsent(c.areaCode(), k -> new ArrayList<>()).add(c);
      names.putIfAbsent(c.areaCode(), c.areaName());
    }
    return byArea.entrySet().stream()
        .map(e -> new AreaGroup(e.getKey(), names.get(e.getKey()), e.getValue()))
        .toList();
  }

  /**
   * What is wrong with the value of this field, shown next to it, or null: a value that is not a
   * number or a save's refusal of this request, else the limit of the inputs or of the rule that
   * the values typed break (a fraction of a count, more achieved than the total, more points than
   * the maximum). Computed, not kept as a message, so that a late keystroke's answer never wipes
   * the answer of a save, and it clears as soon as the value is fixed. A missing value is not an
   * error while the user types: the preview says so.
   */
  public String limit(String field) {
    String queued = queuedMessage(field);
    if (queued != null) {
      return queued;
    }
    try {
      ScoreInputs inputs = form.inputs();
      if (selected != null) {
        selected.check(inputs);
      }
      return null;
    } catch (Refusal e) {
      boolean missing = InvalidScoreInputsException.REQUIRED.equals(e.messageKey());
      return field.equals(e.field()) && !missing ? messages.message(e, locale()) : null;
    }
  }

  private static String queuedMessage(String field) {
    return FacesContext.getCurrentInstance().getMessageList("editForm:" + field).stream()
        .map(FacesMessage::getSummary)
        .findFirst()
        .orElse(null);
  }

  /** What the inputs typed so far earn; null until the rule has all it needs and all are valid. */
  public BigDecimal getPreview() {
    // a value that is not even a number never reached the form: what it holds is the last valid one
    if (selected == null || FacesContext.getCurrentInstance().isValidationFailed()) {
      return null;
    }
    try {
      return selected.preview(form.inputs());
    } catch (Refusal invalid) {
      return null;
    }
  }

  public long getScoredCount() {
    return criteria.stream().filter(AssignedCriterion::scored).count();
  }

  public BigDecimal getScoredTotal() {
    return Points.sum(
            criteria.stream()
                .filter(AssignedCriterion::scored)
                .map(AssignedCriterion::points)
                .toList())
        .toBigDecimal();
  }

  public BigDecimal getMaxTotal() {
    return Points.sum(criteria.stream().map(AssignedCriterion::maxPoints).toList()).toBigDecimal();
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

  public List<String> getNotices() {
    return notices;
  }

  public List<AssignedCriterion> getCriteria() {
    return criteria;
  }

  private void replaceRow(AssignedCriterion saved) {
    criteria = criteria.stream().map(c -> c.code().equals(saved.code()) ? saved : c).toList();
  }

  /** The row's style classes: one names the criterion, for the partial update after a save. */
  public String rowClass(AssignedCriterion criterion) {
    return "criterion-row " + rowKey(criterion);
  }

  /** The class of the open criterion's row, whose cells a save re-renders. */
  public String getSelectedRow() {
    return selected == null ? "criterion-row" : rowKey(selected);
  }

  private static String rowKey(AssignedCriterion criterion) {
    return "crit-" + criterion.code().replace('.', '_');
  }

  public AssignedCriterion getSelected() {
    return selected;
  }

  public ScoreForm getForm() {
    return form;
  }
}
