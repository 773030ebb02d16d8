package vn.parindex.web.appraisal;

import jakarta.ejb.EJB;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.primefaces.PrimeFaces;
import vn.parindex.appraisal.AppraisalEntry;
import vn.parindex.appraisal.AppraisalItem;
import vn.parindex.appraisal.AppraisalService;
import vn.parindex.appraisal.CampaignService;
import vn.parindex.appraisal.CampaignView;
import vn.parindex.appraisal.ItemRef;
import vn.parindex.appraisal.RoundDecision;
import vn.parindex.appraisal.RoundStatus;
import vn.parindex.kernel.Refusal;
import vn.parindex.web.i18n.LocaleBacking;
import vn.parindex.web.i18n.MessageResolver;
import vn.parindex.web.i18n.PageRefusals;

/**
 * Backs appraisal/worklist.xhtml: the caller's units × criteria of a campaign with what each unit
 * submitted, decisions one by one in a dialog, and "Đồng ý" on many at once.
 */
@Named
@ViewScoped
public class WorklistBacking implements Serializable {
  private static final long serialVersionUID = 1L;
  private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy");
  private static final Set<String> DECISION_FIELDS = Set.of("points", "reason");

  @EJB private AppraisalService appraisal;
  @EJB private CampaignService campaigns;
  @Inject private MessageResolver messages;
  @Inject private PageRefusals refusals;
  @Inject private LocaleBacking locale;
  @Inject private Clock clock;

  private long campaign;
  private CampaignView view;
  private WorklistView worklist = new WorklistView(List.of());
  private List<AppraisalItem> shown = List.of();
  private Long unit;
  private Long block;
  private boolean undecidedOnly;
  private List<AppraisalItem> selection = new ArrayList<>();
  private AppraisalItem target;
  private BigDecimal points;
  private String reason;

  public void load() {
    try {
      view = campaigns.campaign(campaign);
      worklist = new WorklistView(appraisal.worklist(campaign));
    } catch (Refusal e) {
      view = null;
      worklist = new WorklistView(List.of());
    }
    filter();
  }

  public void filter() {
    shown = worklist.filtered(unit, block, undecidedOnly);
  }

  /** The round the appraisers work in: the latest one opened, even when it is over. */
  public int getRound() {
    return view == null
        ? 0
        : view.rounds().stream()
            .filter(r -> r.status() != RoundStatus.PLANNED)
            .mapToInt(CampaignView.Round::number)
            .max()
            .orElse(0);
  }

  /** The round open for decisions today, or null. */
  public CampaignView.Round getOpenRound() {
    LocalDate today = LocalDate.now(clock);
    return view == null
        ? null
        : view.rounds().stream()
            .filter(r -> r.status() == RoundStatus.OPEN && !today.isAfter(r.appraisalUntil()))
            .findFirst()
            .orElse(null);
  }

  /** The open round's last day, as the page prints dates. */
  public String getOpenUntil() {
    CampaignView.Round open = getOpenRound();
    return open == null ? "" : open.appraisalUntil().format(DAY);
  }

  public RoundDecision current(AppraisalItem item) {
    return item.decisions().stream().filter(d -> d.round() == getRound()).findFirst().orElse(null);
  }

  public List<RoundDecision> previous(AppraisalItem item) {
    return item.decisions().stream().filter(d -> d.round() < getRound()).toList();
  }

  /** Opens the decision dialog with the current decision, or where the criterion stands. */
  public void choose(AppraisalItem item) {
    target = item;
    RoundDecision decided = current(item);
    points = decided == null ? item.standing() : decided.points();
    reason = decided == null ? null : decided.reason();
  }

  public void decide() {
    try {
      appraisal.appraise(
          target.assessmentId(), target.code(), new AppraisalEntry(null, points, reason));
      load();
      info("worklist.saved", target.code());
      PrimeFaces.current().ajax().addCallbackParam("done", true);
    } catch (Refusal e) {
      refusals.show(e, "decisionForm", DECISION_FIELDS);
    }
  }

  /** Before "Đồng ý": refuses an empty selection, otherwise the dialog asks to confirm. */
  public void askAgree() {
    if (selection.isEmpty()) {
      FacesContext context = FacesContext.getCurrentInstance();
      context.addMessage(null, message(FacesMessage.SEVERITY_WARN, "worklist.agree.none", 0));
      context.validationFailed();
    }
  }

  public void agree() {
    List<ItemRef> items =
        selection.stream().map(i -> new ItemRef(i.assessmentId(), i.code())).toList();
    try {
      appraisal.agree(items);
      selection = new ArrayList<>();
      load();
      info("worklist.agreed", items.size());
    } catch (Refusal e) {
      refusals.show(e, (String) null);
    }
  }

  private void info(String key, Object argument) {
    FacesContext.getCurrentInstance()
        .addMessage(null, message(FacesMessage.SEVERITY_INFO, key, argument));
  }

  private FacesMessage message(FacesMessage.Severity severity, String key, Object argument) {
    return new FacesMessage(severity, messages.message(key, locale.getLocale(), argument), null);
  }

  public long getCampaign() {
    return campaign;
  }

  public void setCampaign(long campaign) {
    this.campaign = campaign;
  }

  public CampaignView getView() {
    return view;
  }

  public WorklistView getWorklist() {
    return worklist;
  }

  public List<AppraisalItem> getShown() {
    return shown;
  }

  public Long getUnit() {
    return unit;
  }

  public void setUnit(Long unit) {
    this.unit = unit;
  }

  public Long getBlock() {
    return block;
  }

  public void setBlock(Long block) {
    this.block = block;
  }

  public boolean isUndecidedOnly() {
    return undecidedOnly;
  }

  public void setUndecidedOnly(boolean undecidedOnly) {
    this.undecidedOnly = undecidedOnly;
  }

  public List<AppraisalItem> getSelection() {
    return selection;
  }

  public void setSelection(List<AppraisalItem> selection) {
    this.selection = selection;
  }

  public AppraisalItem getTarget() {
    return target;
  }

  public BigDecimal getPoints() {
    return points;
  }

  public void setPoints(BigDecimal points) {
    this.points = points;
  }

  public String getReason() {
    return reason;
  }

  public void setReason(String reason) {
    this.reason = reason;
  }
}
