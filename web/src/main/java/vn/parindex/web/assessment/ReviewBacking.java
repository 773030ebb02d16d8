package vn.parindex.web.assessment;

import jakarta.ejb.EJB;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.primefaces.PrimeFaces;
import vn.parindex.assessment.AssessmentSummary;
import vn.parindex.assessment.OfficeProgress;
import vn.parindex.assessment.ReviewRow;
import vn.parindex.assessment.ReviewService;
import vn.parindex.assessment.SelfAssessmentService;
import vn.parindex.kernel.Refusal;
import vn.parindex.web.i18n.LocaleBacking;
import vn.parindex.web.i18n.MessageResolver;
import vn.parindex.web.i18n.PageRefusals;

/**
 * Backs assessment/review.xhtml: Phòng Nội vụ's review of an assessment, progress per office, every
 * office's score with accept, return and reopen, one by one or in bulk, and the deadline.
 */
@Named
@ViewScoped
public class ReviewBacking implements Serializable {
  private static final long serialVersionUID = 1L;
  private static final int NOTICES_SHOWN = 10;

  @EJB private ReviewService review;
  @EJB private SelfAssessmentService assessments;
  @Inject private MessageResolver messages;
  @Inject private PageRefusals refusals;
  @Inject private LocaleBacking localeBacking;

  private long assessment;
  private AssessmentSummary summary;
  private List<OfficeProgress> progress = List.of();
  private List<ReviewRow> rows = List.of();
  private List<String> notices = List.of();
  private List<ReviewRow> selection = new ArrayList<>();
  private ReviewRow target;
  private String note;
  private String extensionOffice;
  private LocalDate extensionUntil;
  private String extensionReason;
  private LocalDate deadline;
  private final ReviewWorkList workList = new ReviewWorkList();

  public void load() {
    summary =
        assessments.visibleAssessments().stream()
            .filter(a -> a.id() == assessment)
            .findFirst()
            .orElse(null);
    if (summary != null) {
      progress = review.progress(assessment);
      rows = review.rows(assessment);
      deadline = summary.deadline();
      notices =
          assessments.notices(assessment).stream()
              .limit(NOTICES_SHOWN)
              .map(n -> messages.message(n.messageKey(), locale(), n.argument()))
              .toList();
    }
  }

  public void accept(ReviewRow row) {
    act(() -> review.accept(assessment, row.code(), row.officeCode()), "review.accepted", 1);
  }

  public void acceptSelected() {
    List<ReviewRow> chosen = List.copyOf(selection);
    act(
        () -> chosen.forEach(r -> review.accept(assessment, r.code(), r.officeCode())),
        "review.accepted",
        chosen.size());
    selection = new ArrayList<>();
  }

  /** Opens the dialog that asks for the comment (return) or the reason (reopen). */
  public void choose(ReviewRow row) {
    target = row;
    note = null;
  }

  public void returnTarget() {
    closeOnSuccess(
        act(
            () -> review.returnForRevision(assessment, target.code(), target.officeCode(), note),
            "review.returned",
            1,
            "returnForm"));
  }

  public void reopenTarget() {
    closeOnSuccess(
        act(
            () -> review.reopen(assessment, target.code(), target.officeCode(), note),
            "review.reopened",
            1,
            "reopenForm"));
  }

  public void grantExtension() {
    closeOnSuccess(
        act(
            () ->
                review.grantExtension(assessment, extensionOffice, extensionUntil, extensionReason),
            "review.extended",
            1,
            "extensionForm"));
  }

  public void saveDeadline() {
    act(() -> review.setDeadline(assessment, deadline), "review.deadlineSaved", 1);
  }

  private boolean act(Runnable change, String doneKey, int count) {
    return act(change, doneKey, count, null);
  }

  /**
   * Carries out a change and says how it went once: done on the page, refused where it was asked
   * (the dialog's form, or the page).
   */
  private boolean act(Runnable change, String doneKey, int count, String refusedIn) {
    try {
      change.run();
      load();
      message(null, FacesMessage.SEVERITY_INFO, messages.message(doneKey, locale(), count));
      return true;
    } catch (Refusal e) {
      message(refusedIn, FacesMessage.SEVERITY_ERROR, refusals.text(e));
      FacesContext.getCurrentInstance().validationFailed();
      return false;
    }
  }

  private static void closeOnSuccess(boolean done) {
    PrimeFaces.current().ajax().addCallbackParam("done", done);
  }

  private static void message(String clientId, FacesMessage.Severity severity, String text) {
    FacesContext.getCurrentInstance().addMessage(clientId, new FacesMessage(severity, text, null));
  }

  /** The user's chosen language: on a first GET the view's locale is still the browser's. */
  private Locale locale() {
    return localeBacking.getLocale();
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

  /** What the consolidating office was told: offices that submitted, among others. */
  public List<String> getNotices() {
    return notices;
  }

  public List<OfficeProgress> getProgress() {
    return progress;
  }

  public List<ReviewRow> getRows() {
    return rows;
  }

  /** The rows the work list's filters let through. */
  public List<ReviewRow> getVisibleRows() {
    return workList.visible(rows);
  }

  public List<ReviewWorkList.Choice> getOfficeChoices() {
    return workList.offices(rows);
  }

  public List<ReviewWorkList.Choice> getAreaChoices() {
    return workList.areas(rows);
  }

  public List<ReviewWorkList.Choice> getStatusChoices() {
    return workList.statuses(rows, s -> messages.message("SelfScoreStatus." + s.name(), locale()));
  }

  /** A filter changed: what was ticked among rows now hidden is not accepted with the rest. */
  public void filter() {
    selection = new ArrayList<>(selection.stream().filter(getVisibleRows()::contains).toList());
  }

  /** A status chosen among the filter's buttons; null for all. */
  public void filterStatus(String status) {
    workList.setStatus(status);
    filter();
  }

  public void clearFilters() {
    workList.clear();
  }

  public ReviewWorkList getWorkList() {
    return workList;
  }

  public List<ReviewRow> getSelection() {
    return selection;
  }

  public void setSelection(List<ReviewRow> selection) {
    this.selection = selection;
  }

  public ReviewRow getTarget() {
    return target;
  }

  public String getNote() {
    return note;
  }

  public void setNote(String note) {
    this.note = note;
  }

  public String getExtensionOffice() {
    return extensionOffice;
  }

  public void setExtensionOffice(String extensionOffice) {
    this.extensionOffice = extensionOffice;
  }

  public LocalDate getExtensionUntil() {
    return extensionUntil;
  }

  public void setExtensionUntil(LocalDate extensionUntil) {
    this.extensionUntil = extensionUntil;
  }

  public String getExtensionReason() {
    return extensionReason;
  }

  public void setExtensionReason(String extensionReason) {
    this.extensionReason = extensionReason;
  }

  public LocalDate getDeadline() {
    return deadline;
  }

  public void setDeadline(LocalDate deadline) {
    this.deadline = deadline;
  }
}
