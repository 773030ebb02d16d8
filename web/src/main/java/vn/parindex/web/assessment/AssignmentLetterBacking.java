package vn.parindex.web.assessment;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.ByteArrayInputStream;
import java.io.Serializable;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.primefaces.model.DefaultStreamedContent;
import org.primefaces.model.StreamedContent;
import vn.parindex.assessment.AssessmentSummary;
import vn.parindex.kernel.Refusal;
import vn.parindex.report.AssignmentLetterService;
import vn.parindex.report.ReportFormat;
import vn.parindex.web.i18n.LocaleBacking;
import vn.parindex.web.i18n.MessageResolver;
import vn.parindex.web.i18n.PageRefusals;

/**
 * Backs the assignment letter panel of assessment/assignment.xhtml: what the letter says besides
 * the assignment (number, date, subject, legal bases, signer), prefilled from the assessment, and
 * the letter itself as PDF to sign or DOCX to edit, written from the assignment as it stands.
 */
@Named
@ViewScoped
public class AssignmentLetterBacking implements Serializable {
  private static final long serialVersionUID = 1L;
  private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy");

  /** The fields of the form a refusal of the service can name. */
  private static final Set<String> FIELDS = Set.of("number", "date", "subject");

  @EJB private AssignmentLetterService letters;
  @Inject private AssignmentBacking page;
  @Inject private MessageResolver messages;
  @Inject private PageRefusals refusals;
  @Inject private LocaleBacking localeBacking;

  private String number;
  private LocalDate date;
  private String subject;
  private String references;
  private String signerName;

  /**
   * Prefills the letter as the seed directive reads: the number's sign with room for the clerk, no
   * date yet (written on signing), the subject, and the legal bases the service writes when none
   * are given (the decision that issued the index).
   */
  @PostConstruct
  void prefill() {
    Locale locale = localeBacking.getLocale();
    AssessmentSummary summary = page.getSummary();
    number = messages.message("assignmentLetter.numberDefault", locale);
    if (summary == null) {
      return;
    }
    subject =
        messages.message("assignmentLetter.subjectDefault", locale, String.valueOf(summary.year()));
    references = String.join("\n", letters.defaultReferences(page.getAssessment(), locale));
  }

  /**
   * Whether the date chosen is after the letter's own deadline, which no office could then meet.
   */
  public boolean isDatedAfterDeadline() {
    AssessmentSummary summary = page.getSummary();
    return date != null
        && summary != null
        && summary.deadline() != null
        && date.isAfter(summary.deadline());
  }

  /** The warning shown beside the date when it is after the deadline. */
  public String getDeadlineWarning() {
    AssessmentSummary summary = page.getSummary();
    return summary == null || summary.deadline() == null
        ? null
        : messages.message(
            "assignmentLetter.dateAfterDeadline",
            localeBacking.getLocale(),
            DAY.format(summary.deadline()));
  }

  /**
   * The letter in a format ("pdf" or "docx") for p:fileDownload; null when the service refuses,
   * which leaves the page with the reason next to the field.
   */
  public StreamedContent download(String extension) {
    ReportFormat format = ReportFormat.fromExtension(extension);
    long assessment = page.getAssessment();
    try {
      byte[] file = letters.render(assessment, details(), format, localeBacking.getLocale());
      return DefaultStreamedContent.builder()
          .name("cong-van-phan-cong-" + assessment + "." + format.extension())
          .contentType(format.contentType())
          .contentLength((long) file.length)
          .stream(() -> new ByteArrayInputStream(file))
          .build();
    } catch (Refusal e) {
      String field = FIELDS.contains(e.field()) ? "letterForm:" + e.field() : null;
      FacesContext context = FacesContext.getCurrentInstance();
      context.addMessage(
          field, new FacesMessage(FacesMessage.SEVERITY_ERROR, refusals.text(e), null));
      context.validationFailed();
      return null;
    }
  }

  private AssignmentLetterService.LetterDetails details() {
    List<String> bases =
        references == null
            ? List.of()
            : Arrays.stream(references.split("\\R")).filter(s -> !s.isBlank()).toList();
    return new AssignmentLetterService.LetterDetails(
        number, date, subject, bases, List.of(), null, signerName);
  }

  public String getNumber() {
    return number;
  }

  public void setNumber(String number) {
    this.number = number;
  }

  public LocalDate getDate() {
    return date;
  }

  public void setDate(LocalDate date) {
    this.date = date;
  }

  public String getSubject() {
    return subject;
  }

  public void setSubject(String subject) {
    this.subject = subject;
  }

  public String getReferences() {
    return references;
  }

  public void setReferences(String references) {
    this.references = references;
  }

  public String getSignerName() {
    return signerName;
  }

  public void setSignerName(String signerName) {
    this.signerName = signerName;
  }
}
