package vn.parindex.web.appraisal;

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
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.stream.IntStream;
import vn.parindex.appraisal.AppraisalLine;
import vn.parindex.appraisal.AppraisalResults;
import vn.parindex.appraisal.SubmissionService;
import vn.parindex.appraisal.SubmissionView;
import vn.parindex.appraisal.UnitAppraisal;
import vn.parindex.assessment.AssessmentSummary;
import vn.parindex.assessment.SelfAssessmentService;
import vn.parindex.assessment.SubmissionProblem;
import vn.parindex.assessment.SubmissionRefusedException;
import vn.parindex.kernel.Refusal;
import vn.parindex.web.i18n.LocaleBacking;
import vn.parindex.web.i18n.MessageResolver;
import vn.parindex.web.i18n.PageRefusals;

/**
 * Backs appraisal/unit.xhtml: the unit's submission to the Sở Nội vụ and, once appraised, its
 * result criterion by criterion, with the changes it may answer in the explanation window.
 */
@Named
@ViewScoped
public class UnitAppraisalBacking implements Serializable {
  private static final long serialVersionUID = 1L;

  @EJB private SelfAssessmentService selfAssessment;
  @EJB private SubmissionService submissions;
  @EJB private AppraisalResults results;
  @Inject private MessageResolver messages;
  @Inject private PageRefusals refusals;
  @Inject private LocaleBacking localeBacking;
  @Inject private Clock clock;

  private long assessment;
  private AssessmentSummary summary;
  private SubmissionView submission;
  private UnitAppraisal result;
  private int answerableRound;

  public void load() {
    summary =
        selfAssessment.visibleAssessments().stream()
            .filter(a -> a.id() == assessment)
            .findFirst()
            .orElse(null);
    submission = summary == null || summary.campaignId() == null ? null : orNull(this::submission);
    result = submission == null ? null : orNull(() -> results.of(assessment));
    answerableRound = result == null ? 0 : results.answerableRound(assessment);
  }

  /** Submits the unit's self-assessment; refused with every criterion in the way listed. */
  public void submit() {
    try {
      submissions.submit(assessment);
      load();
      message(FacesMessage.SEVERITY_INFO, messages.message("unitAppraisal.submitted", locale()));
    } catch (SubmissionRefusedException e) {
      message(FacesMessage.SEVERITY_ERROR, refusals.text(e));
      for (SubmissionProblem problem : e.problems()) {
        message(
            FacesMessage.SEVERITY_WARN,
            problem.code()
                + " "
                + problem.name()
                + ": "
                + messages.message(problem.messageKey(), locale()));
      }
    } catch (Refusal e) {
      message(FacesMessage.SEVERITY_ERROR, refusals.text(e));
    }
  }

  /** The unit may answer this line now: it changed in the round whose window is open. */
  public boolean answerable(AppraisalLine line) {
    return answerableRound > 0
        && !result.approved()
        && line.rounds().get(answerableRound - 1).compareTo(line.self()) != 0;
  }

  /** The unit's answer to the round it may answer, if it gave one. */
  public String answerOf(AppraisalLine line) {
    return line.explanations().stream()
        .filter(e -> e.round() == answerableRound)
        .findFirst()
        .map(
            e ->
                e.accepted()
                    ? messages.message("unitAppraisal.accepted", locale())
                    : messages.message("unitAppraisal.explained", locale()))
        .orElse(null);
  }

  /** The rounds that have closed, whose notices the unit may print. */
  public List<Integer> getNoticeRounds() {
    return result == null
        ? List.of()
        : IntStream.rangeClosed(1, result.roundsClosed()).boxed().toList();
  }

  /** Round numbers for the table's columns. */
  public List<Integer> getRounds() {
    return result == null
        ? List.of()
        : IntStream.rangeClosed(1, result.totals().rounds().size()).boxed().toList();
  }

  /** A moment in the assessment calendar's zone, as the page prints it. */
  public String when(Instant moment) {
    return moment == null
        ? ""
        : DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm").withZone(clock.getZone()).format(moment);
  }

  public String signed(BigDecimal difference) {
    return difference.signum() > 0
        ? "+" + difference.stripTrailingZeros().toPlainString()
        : difference.stripTrailingZeros().toPlainString();
  }

  private SubmissionView submission() {
    return submissions.submission(assessment);
  }

  private static <T> T orNull(java.util.function.Supplier<T> read) {
    try {
      return read.get();
    } catch (Refusal e) {
      return null;
    }
  }

  private void message(FacesMessage.Severity severity, String text) {
    FacesContext.getCurrentInstance()
        .addMessage("submitForm", new FacesMessage(severity, text, null));
  }

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

  public SubmissionView getSubmission() {
    return submission;
  }

  public UnitAppraisal getResult() {
    return result;
  }

  public int getAnswerableRound() {
    return answerableRound;
  }
}
