package vn.parindex.web.appraisal;

import jakarta.ejb.EJB;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.primefaces.PrimeFaces;
import org.primefaces.event.FileUploadEvent;
import vn.parindex.appraisal.AppraisalLine;
import vn.parindex.appraisal.ExplanationEntry;
import vn.parindex.appraisal.ExplanationService;
import vn.parindex.evidence.EvidenceService;
import vn.parindex.evidence.EvidenceView;
import vn.parindex.kernel.Refusal;
import vn.parindex.web.assessment.EvidenceUploadForm;
import vn.parindex.web.i18n.LocaleBacking;
import vn.parindex.web.i18n.MessageResolver;
import vn.parindex.web.i18n.PageRefusals;

/**
 * Backs the explanation dialog of appraisal/unit.xhtml: the unit accepts a changed criterion, or
 * explains it with text, documents already supporting it and a new one uploaded for the purpose.
 */
@Named
@ViewScoped
public class ExplanationBacking implements Serializable {
  private static final long serialVersionUID = 1L;

  /** The dialog's inputs a refusal may name. */
  private static final Set<String> FIELDS = Set.of("body", "number", "date", "issuer", "summary");

  @EJB private ExplanationService explanations;
  @EJB private EvidenceService evidence;
  @Inject private UnitAppraisalBacking page;
  @Inject private MessageResolver messages;
  @Inject private PageRefusals refusals;
  @Inject private LocaleBacking localeBacking;

  private AppraisalLine line;
  private boolean accepted = true;
  private String body;
  private List<EvidenceView> supporting = List.of();
  private List<Long> chosen = new ArrayList<>();
  private final EvidenceUploadForm upload = new EvidenceUploadForm();

  /** Opens the dialog on a changed criterion, with the documents that already support it. */
  public void open(AppraisalLine changed) {
    line = changed;
    accepted = true;
    body = null;
    chosen = new ArrayList<>();
    upload.clear();
    try {
      supporting = evidence.criterionEvidence(page.getAssessment(), changed.code());
    } catch (Refusal e) {
      supporting = List.of();
    }
  }

  public void receive(FileUploadEvent event) {
    upload.hold(event.getFile());
  }

  /** Saves the answer; a refusal stays in the dialog, next to the input it names. */
  public void save() {
    try {
      ExplanationEntry entry = new ExplanationEntry(accepted, body, chosen);
      if (!accepted && upload.hasFile()) {
        explanations.explainWithNewDocument(
            page.getAssessment(),
            line.code(),
            entry,
            upload.details(),
            upload.getFileName(),
            upload.content());
        upload.clear();
      } else {
        explanations.answer(page.getAssessment(), line.code(), entry);
      }
      page.load();
      FacesContext.getCurrentInstance()
          .addMessage(
              null,
              new FacesMessage(
                  FacesMessage.SEVERITY_INFO,
                  messages.message(
                      accepted ? "unitAppraisal.acceptSaved" : "unitAppraisal.explainSaved",
                      localeBacking.getLocale(),
                      line.code()),
                  null));
      PrimeFaces.current().ajax().addCallbackParam("saved", true);
    } catch (Refusal e) {
      refusals.show(e, "explanationForm", FIELDS);
    }
  }

  public AppraisalLine getLine() {
    return line;
  }

  public boolean isAccepted() {
    return accepted;
  }

  public void setAccepted(boolean accepted) {
    this.accepted = accepted;
  }

  public String getBody() {
    return body;
  }

  public void setBody(String body) {
    this.body = body;
  }

  public List<EvidenceView> getSupporting() {
    return supporting;
  }

  public List<Long> getChosen() {
    return chosen;
  }

  public void setChosen(List<Long> chosen) {
    this.chosen = chosen;
  }

  public EvidenceUploadForm getUpload() {
    return upload;
  }

  public long getMaxBytes() {
    return evidence.maxBytes();
  }
}
