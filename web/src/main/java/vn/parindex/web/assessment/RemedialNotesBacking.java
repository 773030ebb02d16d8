package vn.parindex.web.assessment;

import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.Map;
import vn.parindex.appraisal.CarriedAction;
import vn.parindex.appraisal.RemedialActionService;
import vn.parindex.kernel.Refusal;

/**
 * Backs the remedial notes of assessment/criteria.xhtml: beside a criterion and in its scoring
 * dialog, the action the unit planned last year on the criterion this one continues.
 */
@Named("remedialNotes")
@ViewScoped
public class RemedialNotesBacking implements Serializable {
  private static final long serialVersionUID = 1L;

  @EJB private RemedialActionService remedial;

  private long loadedFor;
  private Map<String, CarriedAction> notes = Map.of();

  /** Last year's action on the criterion {@code code} continues, or none. */
  public CarriedAction of(long assessmentId, String code) {
    if (assessmentId != loadedFor) {
      loadedFor = assessmentId;
      try {
        notes = remedial.carriedOver(assessmentId);
      } catch (Refusal e) {
        notes = Map.of();
      }
    }
    return notes.get(code);
  }
}
