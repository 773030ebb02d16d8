package vn.parindex.web.campaign;

import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;
import vn.parindex.appraisal.CampaignView;
import vn.parindex.appraisal.SubmissionOverview;
import vn.parindex.appraisal.SubmissionService;

/**
 * Backs the campaign page's submissions tab: per block who submitted, who is late and who has not;
 * the Sở Nội vụ hands a submission back with a reason before appraisal starts, and gives a unit
 * more days to explain a round.
 */
@Named
@ViewScoped
public class CampaignSubmissionsBacking implements Serializable {
  private static final long serialVersionUID = 1L;

  @EJB private SubmissionService submissions;
  @Inject private CampaignBacking page;
  @Inject private CampaignActions actions;

  private SubmissionOverview overview;
  private SubmissionOverview.UnitSubmission target;
  private String reason;
  private Integer round;
  private LocalDate until;

  public SubmissionOverview getOverview() {
    if (overview == null && page.getCampaign() != null) {
      overview = submissions.overview(page.getId());
    }
    return overview;
  }

  /**
   * Whether the unit's submission may still be handed back: with the province, before appraisal.
   */
  public boolean returnable(SubmissionOverview.UnitSubmission unit) {
    CampaignView c = page.getCampaign();
    return unit.assessmentId() != null
        && "SUBMITTED".equals(unit.state())
        && c != null
        && !c.appraisalStarted();
  }

  /** The rounds a unit may explain after: all but the last. */
  public List<CampaignView.Round> getExplainedRounds() {
    CampaignView c = page.getCampaign();
    return c == null
        ? List.of()
        : c.rounds().stream().filter(r -> r.explanationUntil() != null).toList();
  }

  /** Opens a dialog for the unit: the return's reason or the extension's. */
  public void choose(SubmissionOverview.UnitSubmission unit) {
    target = unit;
    reason = null;
    until = null;
    round = page.getCurrentRound() > 0 ? page.getCurrentRound() : null;
  }

  public void returnTarget() {
    if (actions.run(
        () -> submissions.returnToUnit(target.assessmentId(), reason),
        "campaignPage.submissions.returned",
        target.unitName())) {
      overview = null;
    }
  }

  public void extend() {
    if (actions.run(
        () -> submissions.grantExplanationExtension(target.assessmentId(), round, until, reason),
        "campaignPage.submissions.extended",
        target.unitName())) {
      overview = null;
    }
  }

  public SubmissionOverview.UnitSubmission getTarget() {
    return target;
  }

  public String getReason() {
    return reason;
  }

  public void setReason(String reason) {
    this.reason = reason;
  }

  public Integer getRound() {
    return round;
  }

  public void setRound(Integer round) {
    this.round = round;
  }

  public LocalDate getUntil() {
    return until;
  }

  public void setUntil(LocalDate until) {
    this.until = until;
  }
}
