package vn.parindex.web.consolidation;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.ByteArrayInputStream;
import java.io.Serializable;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Set;
import java.util.function.Supplier;
import org.primefaces.model.DefaultStreamedContent;
import org.primefaces.model.StreamedContent;
import vn.parindex.kernel.Refusal;
import vn.parindex.report.ReportFormat;
import vn.parindex.report.SelfAssessmentReportService;
import vn.parindex.report.YearOverYearService;
import vn.parindex.web.i18n.LocaleBacking;
import vn.parindex.web.i18n.MessageResolver;
import vn.parindex.web.i18n.PageRefusals;

/**
 * Backs the reports panel of consolidation/scorecard.xhtml: the self-assessment report to the
 * Chairman and the Department of Home Affairs (number, date, difficulties, proposals and signer
 * typed in a dialog) and the comparison with the unit's previous year, each downloaded as PDF, XLSX
 * or DOCX while the page shows that it is being written.
 */
@Named
@ViewScoped
public class UnitReportsBacking implements Serializable {
  private static final long serialVersionUID = 1L;

  /** The fields of the dialog a refusal of the service can name. */
  private static final Set<String> FIELDS = Set.of("number", "difficulties", "proposals");

  @EJB private SelfAssessmentReportService selfAssessmentReports;
  @EJB private YearOverYearService yearOverYear;
  @Inject private ConsolidationBacking page;
  @Inject private MessageResolver messages;
  @Inject private PageRefusals refusals;
  @Inject private LocaleBacking localeBacking;
  @Inject private Clock clock;

  private String number;
  private LocalDate date;
  private String difficulties;
  private String proposals;
  private String signerTitle;
  private String signerName;
  private Boolean earlierYear;

  /** Prefills the signer's title as the report prints it by default, for the clerk to change. */
  @PostConstruct
  void prefill() {
    date = LocalDate.now(clock);
    signerTitle = messages.message("selfReport.signerTitle", localeBacking.getLocale());
  }

  /** The self-assessment report in a format ("pdf", "xlsx", "docx") for p:fileDownload. */
  public StreamedContent selfAssessmentReport(String extension) {
    ReportFormat format = ReportFormat.fromExtension(extension);
    long id = page.getId();
    return download(
        "bao-cao-tu-danh-gia-" + id,
        format,
        "reportForm",
        () ->
            selfAssessmentReports.render(
                id,
                new SelfAssessmentReportService.ReportDetails(
                    number, date, difficulties, proposals, signerTitle, signerName),
                format,
                localeBacking.getLocale()));
  }

  /** The comparison with the latest earlier year, for p:fileDownload. */
  public StreamedContent yearOverYear(String extension) {
    ReportFormat format = ReportFormat.fromExtension(extension);
    long id = page.getId();
    return download(
        "so-sanh-qua-cac-nam-" + id,
        format,
        null,
        () -> yearOverYear.render(id, null, format, localeBacking.getLocale()));
  }

  /** Whether the unit has an earlier year to compare with (asked once per view). */
  public boolean isEarlierYear() {
    if (earlierYear == null) {
      try {
        earlierYear = yearOverYear.hasEarlier(page.getId());
      } catch (Refusal e) {
        earlierYear = false;
      }
    }
    return earlierYear;
  }

  /**
   * The file, or null when the service refuses: the reason is then shown next to the field it
   * names, or in the growl.
   */
  private StreamedContent download(
      String name, ReportFormat format, String form, Supplier<byte[]> render) {
    try {
      byte[] file = render.get();
      return DefaultStreamedContent.builder()
          .name(name + "." + format.extension())
          .contentType(format.contentType())
          .contentLength((long) file.length)
          .stream(() -> new ByteArrayInputStream(file))
          .build();
    } catch (Refusal e) {
      String field = form != null && FIELDS.contains(e.field()) ? form + ":" + e.field() : null;
      FacesContext context = FacesContext.getCurrentInstance();
      context.addMessage(
          field, new FacesMessage(FacesMessage.SEVERITY_ERROR, refusals.text(e), null));
      if (form != null) {
        // keeps the dialog open on the re-rendered page, with the reason next to the field
        context.validationFailed();
      }
      return null;
    }
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

  public String getDifficulties() {
    return difficulties;
  }

  public void setDifficulties(String difficulties) {
    this.difficulties = difficulties;
  }

  public String getProposals() {
    return proposals;
  }

  public void setProposals(String proposals) {
    this.proposals = proposals;
  }

  public String getSignerTitle() {
    return signerTitle;
  }

  public void setSignerTitle(String signerTitle) {
    this.signerTitle = signerTitle;
  }

  public String getSignerName() {
    return signerName;
  }

  public void setSignerName(String signerName) {
    this.signerName = signerName;
  }
}
