package vn.parindex.web.assessment;

import jakarta.ejb.EJB;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.primefaces.PrimeFaces;
import org.primefaces.event.FileUploadEvent;
import vn.parindex.assessment.AssignedCriterion;
import vn.parindex.evidence.EvidenceService;
import vn.parindex.evidence.EvidenceView;
import vn.parindex.kernel.Refusal;
import vn.parindex.web.i18n.LocaleBacking;
import vn.parindex.web.i18n.MessageResolver;
import vn.parindex.web.i18n.PageRefusals;

/**
 * The "supporting documents" part of the scoring dialog of assessment/criteria.xhtml: the documents
 * linked to the selected criterion, linking one the office already has, and uploading a new one.
 */
@Named
@ViewScoped
public class CriterionEvidenceBacking implements Serializable {
  private static final long serialVersionUID = 1L;
  private static final Set<String> UPLOAD_FIELDS = Set.of("number", "date", "issuer", "summary");

  @EJB private EvidenceService evidence;
  @Inject private MessageResolver messages;
  @Inject private PageRefusals refusals;
  @Inject private LocaleBacking localeBacking;

  private long assessment;
  private String code;
  private boolean editable;
  private List<EvidenceView> linked = List.of();
  private List<EvidenceView> linkable = List.of();
  private Set<Long> own = Set.of();
  private Long chosen;
  private final EvidenceUploadForm upload = new EvidenceUploadForm();

  /** Shows the documents of this criterion, with a fresh upload form. */
  public void open(AssignedCriterion criterion) {
    assessment = criterion.assessmentId();
    code = criterion.code();
    editable = criterion.editable();
    chosen = null;
    upload.clear();
    refresh();
  }

  /** Keeps the file the user chose until the metadata is saved with it. */
  public void receive(FileUploadEvent event) {
    upload.hold(event.getFile());
  }

  /**
   * Keeps the held file as a document of the office, with its metadata, supporting this criterion.
   */
  public void save() {
    if (!upload.hasFile()) {
      fail(
          "uploadForm:file",
          messages.message("criteriaEvidence.noFile", localeBacking.getLocale()));
      return;
    }
    try {
      EvidenceView saved =
          evidence.uploadFor(
              assessment, code, upload.details(), upload.getFileName(), upload.content());
      upload.clear();
      done("criteriaEvidence.uploaded", saved.fileName());
    } catch (Refusal e) {
      String clientId =
          UPLOAD_FIELDS.contains(e.field()) ? "uploadForm:" + e.field() : "uploadForm:file";
      fail(clientId, refusals.text(e));
    }
  }

  public void link() {
    if (chosen == null) {
      fail(
          "evidenceForm:linkable",
          messages.message("criteriaEvidence.pickOne", localeBacking.getLocale()));
      return;
    }
    try {
      EvidenceView view = evidence.link(chosen, code);
      chosen = null;
      done("criteriaEvidence.linked", view.summary());
    } catch (Refusal e) {
      fail("evidenceForm:linkable", refusals.text(e));
    }
  }

  public void unlink(EvidenceView document) {
    try {
      evidence.unlink(document.id(), code);
      done("criteriaEvidence.unlinked", document.summary());
    } catch (Refusal e) {
      fail("evidenceForm:documents", refusals.text(e));
    }
  }

  /**
   * The criterion's documents and, while it may change, the office's others that could support it.
   */
  private void refresh() {
    try {
      linked = evidence.criterionEvidence(assessment, code);
      List<EvidenceView> office = editable ? evidence.officeEvidence(assessment, null) : List.of();
      own = office.stream().map(EvidenceView::id).collect(Collectors.toSet());
      linkable = office.stream().filter(v -> !v.criteria().contains(code)).toList();
    } catch (Refusal e) {
      linked = List.of();
      linkable = List.of();
      own = Set.of();
      fail("evidenceForm:documents", refusals.text(e));
    }
  }

  /** A change made: the list is read again and the page refreshes the counts of its table. */
  private void done(String key, Object argument) {
    refresh();
    message(
        null,
        FacesMessage.SEVERITY_INFO,
        messages.message(key, localeBacking.getLocale(), argument));
    PrimeFaces.current().ajax().addCallbackParam("changed", true);
  }

  private static void fail(String clientId, String text) {
    message(clientId, FacesMessage.SEVERITY_ERROR, text);
    FacesContext.getCurrentInstance().validationFailed();
  }

  private static void message(String clientId, FacesMessage.Severity severity, String text) {
    FacesContext.getCurrentInstance().addMessage(clientId, new FacesMessage(severity, text, null));
  }

  /** The largest file accepted, for the upload's size check in the browser. */
  public long getMaxBytes() {
    return evidence.maxBytes();
  }

  public long getMaxMegabytes() {
    return evidence.maxBytes() / (1024 * 1024);
  }

  /** A document of the caller's office, which it may unlink. */
  public boolean own(EvidenceView document) {
    return own.contains(document.id());
  }

  /** A shared criterion with documents of more than one office: each row names its office. */
  public boolean isSeveralOffices() {
    return linked.stream().map(EvidenceView::officeCode).distinct().count() > 1;
  }

  public boolean isEditable() {
    return editable;
  }

  public String getCode() {
    return code;
  }

  public List<EvidenceView> getLinked() {
    return linked;
  }

  public List<EvidenceView> getLinkable() {
    return linkable;
  }

  public Long getChosen() {
    return chosen;
  }

  public void setChosen(Long chosen) {
    this.chosen = chosen;
  }

  public EvidenceUploadForm getUpload() {
    return upload;
  }
}
