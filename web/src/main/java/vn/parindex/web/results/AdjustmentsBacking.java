package vn.parindex.web.results;

import jakarta.ejb.EJB;
import jakarta.ejb.EJBAccessException;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import vn.parindex.kernel.Refusal;
import vn.parindex.results.AdjustmentService;
import vn.parindex.web.appraisal.UnitAppraisalBacking;
import vn.parindex.web.i18n.LocaleBacking;
import vn.parindex.web.i18n.MessageResolver;
import vn.parindex.web.i18n.PageRefusals;
import vn.parindex.web.security.Can;

/**
 * Backs the bonus and penalty section of appraisal/unit.xhtml (includes/appraisal/adjustments): the
 * Sở Nội vụ, or the appraiser given a node, enters its points with a reason. Shown to the
 * province's callers only; the unit sees the sums in its totals.
 */
@Named
@ViewScoped
public class AdjustmentsBacking implements Serializable {
  private static final long serialVersionUID = 1L;
  private static final String FORM = "adjustmentsForm";

  @EJB private AdjustmentService adjustments;
  @Inject private UnitAppraisalBacking page;
  @Inject private Can can;
  @Inject private MessageResolver messages;
  @Inject private PageRefusals refusals;
  @Inject private LocaleBacking locale;

  private List<AdjustmentRow> rows;

  public List<AdjustmentRow> getRows() {
    if (rows == null) {
      rows = read();
    }
    return rows;
  }

  public void save(AdjustmentRow row) {
    act(
        () ->
            adjustments.enter(
                page.getAssessment(), row.getView().code(), row.getPoints(), row.getReason(), null),
        "adjustment.saved",
        row);
  }

  public void clear(AdjustmentRow row) {
    act(
        () -> adjustments.clear(page.getAssessment(), row.getView().code()),
        "adjustment.cleared",
        row);
  }

  private void act(Runnable change, String doneKey, AdjustmentRow row) {
    try {
      change.run();
      rows = null;
      page.load();
      FacesContext.getCurrentInstance()
          .addMessage(
              FORM,
              new FacesMessage(
                  FacesMessage.SEVERITY_INFO,
                  messages.message(doneKey, locale.getLocale(), row.getView().code()),
                  null));
    } catch (Refusal e) {
      refusals.show(e, FORM);
    }
  }

  /** Only the province's callers read bonus and penalty here; anyone else sees nothing. */
  private List<AdjustmentRow> read() {
    boolean province =
        can.anywhere("RUN_CAMPAIGN") || can.anywhere("APPRAISE") || can.anywhere("APPROVE");
    if (!province || page.getResult() == null) {
      return List.of();
    }
    try {
      return adjustments.of(page.getAssessment()).stream().map(AdjustmentRow::new).toList();
    } catch (Refusal | EJBAccessException e) {
      return List.of();
    }
  }
}
