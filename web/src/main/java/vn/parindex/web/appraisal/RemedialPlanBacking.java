package vn.parindex.web.appraisal;

import jakarta.ejb.EJB;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import vn.parindex.appraisal.RemedialActionService;
import vn.parindex.appraisal.RemedialActionView;
import vn.parindex.appraisal.RemedialEntry;
import vn.parindex.appraisal.RemedialPlan;
import vn.parindex.kernel.Refusal;
import vn.parindex.web.i18n.LocaleBacking;
import vn.parindex.web.i18n.MessageResolver;
import vn.parindex.web.i18n.PageRefusals;

/**
 * Backs the remedial plan of appraisal/unit.xhtml: the criteria where the approved result lost
 * points, with a text field each for the action the unit will take next year.
 */
@Named
@ViewScoped
public class RemedialPlanBacking implements Serializable {
  private static final long serialVersionUID = 1L;
  private static final String FORM = "remedialForm";

  @EJB private RemedialActionService remedial;
  @Inject private UnitAppraisalBacking page;
  @Inject private MessageResolver messages;
  @Inject private PageRefusals refusals;
  @Inject private LocaleBacking localeBacking;

  private RemedialPlan plan;
  private final Map<String, String> actions = new HashMap<>();

  /** The plan, or none when the caller may not read it or the unit has no result yet. */
  public RemedialPlan getPlan() {
    if (plan == null && page.getAssessment() > 0) {
      try {
        plan = remedial.of(page.getAssessment());
        actions.clear();
        plan.lost().forEach(l -> actions.put(l.code(), l.action()));
      } catch (Refusal e) {
        return null;
      }
    }
    return plan;
  }

  /** What the unit typed, by criterion code. */
  public Map<String, String> getActions() {
    return actions;
  }

  /** Records every action typed or changed and removes every one emptied, then reloads. */
  public void save() {
    int saved = 0;
    try {
      for (RemedialActionView line : getPlan().lost()) {
        String typed = actions.get(line.code());
        String before = line.action();
        if (typed != null && !typed.isBlank() && !typed.strip().equals(before)) {
          remedial.record(
              page.getAssessment(),
              line.code(),
              new RemedialEntry(typed, line.officeCode(), line.due()));
          saved++;
        } else if ((typed == null || typed.isBlank()) && before != null) {
          remedial.remove(page.getAssessment(), line.code());
          saved++;
        }
      }
      FacesContext.getCurrentInstance()
          .addMessage(
              FORM,
              new FacesMessage(
                  FacesMessage.SEVERITY_INFO,
                  messages.message("remedial.saved", localeBacking.getLocale(), saved),
                  null));
    } catch (Refusal e) {
      refusals.show(e, FORM, Set.of());
    }
    plan = null;
  }
}
