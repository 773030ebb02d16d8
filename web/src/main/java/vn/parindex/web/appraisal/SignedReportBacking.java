package vn.parindex.web.appraisal;

import jakarta.ejb.EJB;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import java.util.Set;
import vn.parindex.appraisal.SubmissionService;
import vn.parindex.evidence.EvidenceService;
import vn.parindex.evidence.EvidenceView;
import vn.parindex.kernel.Refusal;
import vn.parindex.web.i18n.LocaleBacking;
import vn.parindex.web.i18n.MessageResolver;
import vn.parindex.web.i18n.PageRefusals;

/**
 * Backs the signed report of appraisal/unit.xhtml: the unit attaches the signed scan of its
 * self-assessment report to its submission, chosen among the PDFs its office uploaded.
 */
@Named
@ViewScoped
public class SignedReportBacking implements Serializable {
  private static final long serialVersionUID = 1L;

  @EJB private SubmissionService submissions;
  @EJB private EvidenceService evidence;
  @Inject private UnitAppraisalBacking page;
  @Inject private MessageResolver messages;
  @Inject private PageRefusals refusals;
  @Inject private LocaleBacking localeBacking;

  private List<EvidenceView> pdfs;
  private Long chosen;

  /** The PDFs of the caller's office (every office's for a leader), newest last. */
  public List<EvidenceView> getPdfs() {
    if (pdfs == null) {
      try {
        pdfs =
            evidence.officeEvidence(page.getAssessment(), null).stream()
                .filter(e -> "application/pdf".equals(e.contentType()))
                .toList();
      } catch (Refusal e) {
        pdfs = List.of();
      }
    }
    return pdfs;
  }

  public void attach() {
    try {
      submissions.attachSignedReport(page.getAssessment(), chosen);
      page.load();
      FacesContext.getCurrentInstance()
          .addMessage(
              "signedReportForm",
              new FacesMessage(
                  FacesMessage.SEVERITY_INFO,
                  messages.message("unitAppraisal.scanAttached", localeBacking.getLocale()),
                  null));
    } catch (Refusal e) {
      refusals.show(e, "signedReportForm", Set.of());
    }
  }

  public Long getChosen() {
    return chosen;
  }

  public void setChosen(Long chosen) {
    this.chosen = chosen;
  }
}
