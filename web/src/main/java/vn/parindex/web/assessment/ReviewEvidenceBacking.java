package vn.parindex.web.assessment;

import jakarta.ejb.EJB;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import vn.parindex.assessment.ReviewRow;
import vn.parindex.evidence.EvidenceService;
import vn.parindex.evidence.EvidenceView;
import vn.parindex.kernel.Refusal;
import vn.parindex.web.i18n.PageRefusals;

/**
 * The documents of one row of assessment/review.xhtml: what the office linked to the criterion,
 * read before accepting or returning its score.
 */
@Named
@ViewScoped
public class ReviewEvidenceBacking implements Serializable {
  private static final long serialVersionUID = 1L;

  @EJB private EvidenceService evidence;
  @Inject private PageRefusals refusals;

  private ReviewRow row;
  private List<EvidenceView> documents = List.of();

  public void open(long assessment, ReviewRow chosen) {
    row = chosen;
    try {
      documents =
          evidence.criterionEvidence(assessment, chosen.code()).stream()
              .filter(d -> d.officeCode().equals(chosen.officeCode()))
              .toList();
    } catch (Refusal e) {
      documents = List.of();
      FacesContext.getCurrentInstance()
          .addMessage(
              "reviewEvidenceForm",
              new FacesMessage(FacesMessage.SEVERITY_ERROR, refusals.text(e), null));
    }
  }

  public ReviewRow getRow() {
    return row;
  }

  public List<EvidenceView> getDocuments() {
    return documents;
  }
}
