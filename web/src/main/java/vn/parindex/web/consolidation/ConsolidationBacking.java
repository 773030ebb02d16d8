package vn.parindex.web.consolidation;

import jakarta.ejb.EJB;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.math.BigDecimal;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import vn.parindex.consolidation.ConsolidationService;
import vn.parindex.consolidation.ConsolidationView;
import vn.parindex.consolidation.NodeRow;
import vn.parindex.kernel.Refusal;
import vn.parindex.web.i18n.LocaleBacking;
import vn.parindex.web.i18n.MessageResolver;
import vn.parindex.web.i18n.PageRefusals;

/**
 * Backs consolidation/scorecard.xhtml: the unit's consolidated scores, what is missing, the totals
 * and band, and the survey points the consolidating office enters.
 */
@Named
@ViewScoped
public class ConsolidationBacking implements Serializable {
  private static final long serialVersionUID = 1L;

  @EJB private ConsolidationService consolidation;
  @Inject private MessageResolver messages;
  @Inject private PageRefusals refusals;
  @Inject private LocaleBacking localeBacking;

  private long id;
  private ConsolidationView view;
  private final Map<String, BigDecimal> surveyInputs = new HashMap<>();

  public void load() {
    try {
      view = consolidation.consolidate(id);
    } catch (Refusal e) {
      view = null;
      return;
    }
    surveyInputs.clear();
    view.nodes().stream()
        .filter(n -> n.survey() && n.leaf())
        .forEach(n -> surveyInputs.put(n.code(), n.points()));
  }

  public void saveSurvey(String code) {
    try {
      consolidation.enterSurveyPoints(id, code, surveyInputs.get(code));
      load();
      message(
          FacesMessage.SEVERITY_INFO,
          messages.message("consolidation.surveySaved", locale(), code));
    } catch (Refusal e) {
      message(FacesMessage.SEVERITY_ERROR, refusals.text(e));
      FacesContext.getCurrentInstance().validationFailed();
    }
  }

  /** The reasons the total is provisional, in words. */
  public List<String> getReasons() {
    return view == null
        ? List.of()
        : view.reasons().stream()
            .map(r -> messages.message("ProvisionalReason." + r.name(), locale()))
            .toList();
  }

  /** The supporting offices' scores of a shared criterion, as one line. */
  public String supporting(NodeRow row) {
    return row.supporting().stream()
        .map(
            s ->
                s.officeName()
                    + ": "
                    + (s.points() == null
                        ? messages.message("general.notScored", locale())
                        : s.points().stripTrailingZeros().toPlainString()))
        .collect(Collectors.joining("; "));
  }

  /** Codes as one line, or "none" for an empty list. */
  public String join(List<String> codes) {
    return codes.isEmpty()
        ? messages.message("consolidation.none", locale())
        : String.join(", ", codes);
  }

  /** An area's percentage as a whole number for the progress bar. */
  public int bar(BigDecimal percent) {
    return percent == null ? 0 : percent.intValue();
  }

  private Locale locale() {
    return localeBacking.getLocale();
  }

  private static void message(FacesMessage.Severity severity, String text) {
    FacesContext.getCurrentInstance().addMessage(null, new FacesMessage(severity, text, null));
  }

  public long getId() {
    return id;
  }

  public void setId(long id) {
    this.id = id;
  }

  public ConsolidationView getView() {
    return view;
  }

  public Map<String, BigDecimal> getSurveyInputs() {
    return surveyInputs;
  }
}
