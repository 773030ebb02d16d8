package vn.parindex.web.campaign;

import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.io.Serializable;
import vn.parindex.appraisal.CampaignService;
import vn.parindex.appraisal.CampaignView;
import vn.parindex.appraisal.RoundStatus;
import vn.parindex.kernel.Refusal;

/**
 * Backs province/campaign.xhtml: the campaign the page shows, which its tabs ({@link
 * CampaignSetupBacking}, {@link AppraiserMatrixBacking}, {@link CampaignSubmissionsBacking}, {@link
 * CampaignRoundsBacking}, {@link CampaignApprovalBacking}) read and reload after a change.
 */
@Named
@ViewScoped
public class CampaignBacking implements Serializable {
  private static final long serialVersionUID = 1L;

  @EJB private CampaignService campaigns;

  private long id;
  private CampaignView campaign;

  public void load() {
    try {
      campaign = campaigns.campaign(id);
    } catch (Refusal unknown) {
      campaign = null;
    }
  }

  /** The campaign again, after one of the tabs changed it. */
  public CampaignView reload() {
    load();
    return campaign;
  }

  /** The round appraisers work in or last worked in; none before appraisal starts. */
  public int getCurrentRound() {
    return campaign == null ? 0 : currentRound(campaign);
  }

  /** The number of the campaign's round opened last, 0 before appraisal starts. */
  static int currentRound(CampaignView campaign) {
    return campaign.rounds().stream()
        .filter(r -> r.status() != RoundStatus.PLANNED)
        .mapToInt(CampaignView.Round::number)
        .max()
        .orElse(0);
  }

  public long getId() {
    return id;
  }

  public void setId(long id) {
    this.id = id;
  }

  public CampaignView getCampaign() {
    return campaign;
  }
}
