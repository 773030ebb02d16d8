package vn.parindex.web.dashboard;

import jakarta.ejb.EJB;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serializable;
import java.time.Clock;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import vn.parindex.assessment.OfficeProgress;
import vn.parindex.assessment.SelfScoreStatus;
import vn.parindex.dashboard.DashboardChoice;
import vn.parindex.dashboard.DashboardService;
import vn.parindex.dashboard.DashboardView;
import vn.parindex.dashboard.RecentChange;
import vn.parindex.dashboard.UnitTotal;
import vn.parindex.kernel.Refusal;
import vn.parindex.web.assessment.ChangeText;
import vn.parindex.web.i18n.LocaleBacking;
import vn.parindex.web.i18n.MessageResolver;
import vn.parindex.web.i18n.PageRefusals;

/**
 * Backs dashboard.xhtml: one assessment at a glance (the first visible one when none is named), its
 * charts as Chart.js configurations, the last changes in words, and the units of its year.
 */
@Named
@ViewScoped
public class DashboardBacking implements Serializable {
  private static final long serialVersionUID = 1L;
  private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy");
  private static final DateTimeFormatter MOMENT = DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm");

  @EJB private DashboardService dashboard;
  @Inject private MessageResolver messages;
  @Inject private ChangeText changeText;
  @Inject private PageRefusals refusals;
  @Inject private LocaleBacking localeBacking;
  @Inject private Clock clock;

  private long id;
  private List<DashboardChoice> choices = List.of();
  private DashboardView view;
  private List<UnitTotal> units = List.of();

  public void load() {
    choices = dashboard.choices();
    if (id == 0 && !choices.isEmpty()) {
      id = choices.get(0).id();
    }
    if (id == 0) {
      return;
    }
    try {
      view = dashboard.dashboard(id);
      units = dashboard.unitTotals(view.year());
    } catch (Refusal e) {
      view = null;
      units = List.of();
    }
  }

  /** Opens the dashboard of the assessment chosen in the selector. */
  public void choose() throws IOException {
    FacesContext context = FacesContext.getCurrentInstance();
    context
        .getExternalContext()
        .redirect(
            context.getExternalContext().getRequestContextPath() + "/dashboard.xhtml?id=" + id);
  }

  public String getProgressChart() {
    return DashboardCharts.progress(view.offices(), this::statusLabel, text("dashboard.criteria"));
  }

  public String getAreaChart() {
    return DashboardCharts.areas(
        view.areas(),
        text("dashboard.maxPoints"),
        text("dashboard.points"),
        text("dashboard.pointsAxis"));
  }

  public String getUnitChart() {
    return DashboardCharts.units(units, text("dashboard.maxPoints"), text("dashboard.grandTotal"));
  }

  /** Tall enough for every office's bar and the legend. */
  public int getProgressHeight() {
    return 90 + 42 * view.offices().size();
  }

  public int getAreaHeight() {
    return 90 + 46 * view.areas().size();
  }

  public List<SelfScoreStatus> getStatuses() {
    return DashboardCharts.STATUS_ORDER;
  }

  public int count(OfficeProgress office, SelfScoreStatus status) {
    return DashboardCharts.count(office, status);
  }

  public String colour(SelfScoreStatus status) {
    return DashboardCharts.STATUS_COLOURS.get(status);
  }

  public String statusLabel(SelfScoreStatus status) {
    return text("SelfScoreStatus." + status.name());
  }

  public String getDeadline() {
    return view.deadline().format(DAY);
  }

  public boolean isOverdue() {
    return view.daysLeft() < 0;
  }

  public String when(RecentChange change) {
    return change.changedAt().atZone(clock.getZone()).format(MOMENT);
  }

  public String kind(RecentChange change) {
    return text("ChangeRecordKind." + change.kind().name());
  }

  public String who(RecentChange change) {
    return change.changedByName() == null ? change.changedBy() : change.changedByName();
  }

  /** What the change concerns: the office's criterion, or the assessment as a whole. */
  public String subject(RecentChange change) {
    if (change.criterionCode() == null) {
      return text("dashboard.wholeAssessment");
    }
    return change.criterionCode() + " – " + change.officeName();
  }

  /** Old → new in words, with a dash for a value that did not exist. */
  public String values(RecentChange change) {
    return changeText.of(change.kind(), change.oldValue())
        + " → "
        + changeText.of(change.kind(), change.newValue());
  }

  private String text(String key, Object... arguments) {
    return messages.message(key, locale(), arguments);
  }

  private Locale locale() {
    return localeBacking.getLocale();
  }

  public long getId() {
    return id;
  }

  public void setId(long id) {
    this.id = id;
  }

  public List<DashboardChoice> getChoices() {
    return choices;
  }

  public DashboardView getView() {
    return view;
  }

  public List<UnitTotal> getUnits() {
    return units;
  }
}
