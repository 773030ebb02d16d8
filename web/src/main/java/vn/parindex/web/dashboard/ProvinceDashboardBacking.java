package vn.parindex.web.dashboard;

import jakarta.ejb.EJB;
import jakarta.ejb.EJBAccessException;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import vn.parindex.appraisal.AppraisalProgress;
import vn.parindex.appraisal.AppraisalService;
import vn.parindex.appraisal.CampaignService;
import vn.parindex.appraisal.CampaignView;
import vn.parindex.appraisal.SubmissionOverview;
import vn.parindex.appraisal.SubmissionService;
import vn.parindex.dashboard.HeatMap;
import vn.parindex.dashboard.HeatStep;
import vn.parindex.dashboard.ProvinceDashboard;
import vn.parindex.dashboard.ProvinceDashboardService;
import vn.parindex.kernel.Refusal;
import vn.parindex.web.i18n.LocaleBacking;
import vn.parindex.web.i18n.MessageResolver;
import vn.parindex.web.i18n.PageRefusals;

/**
 * Backs province/dashboard.xhtml: a campaign's progress (submissions per block, the current round
 * per appraiser department) and one block's heat map, ranking, bands and change since last year.
 * Without a campaign it opens the newest one the caller reads.
 */
@Named
@ViewScoped
public class ProvinceDashboardBacking implements Serializable {
  private static final long serialVersionUID = 1L;

  @EJB private CampaignService campaigns;
  @EJB private SubmissionService submissions;
  @EJB private AppraisalService appraisal;
  @EJB private ProvinceDashboardService dashboards;
  @Inject private PageRefusals refusals;
  @Inject private MessageResolver messages;
  @Inject private LocaleBacking locale;

  private long campaignId;
  private Long block;
  private CampaignView campaign;
  private SubmissionOverview overview;
  private AppraisalProgress progress;
  private ProvinceDashboard dashboard;
  private String refused;
  private String sort = HeatMap.BY_TOTAL;
  private boolean descending = true;

  public void load() {
    try {
      if (campaignId == 0) {
        List<CampaignView> readable = campaigns.campaigns(null);
        if (readable.isEmpty()) {
          return;
        }
        campaignId = readable.get(0).id();
      }
      campaign = campaigns.campaign(campaignId);
      overview = submissions.overview(campaignId);
      progress = appraisal.progress(campaignId);
      if (!campaign.blocks().isEmpty()) {
        dashboard = dashboards.dashboard(campaignId, block);
        block = dashboard.blockId();
      }
    } catch (Refusal refusal) {
      refuse(refusals.text(refusal));
    } catch (EJBAccessException notTheirs) {
      // an appraiser reads the campaign, but not the units' submissions and results
      refuse(messages.message("access.denied", locale.getLocale()));
    }
  }

  private void refuse(String message) {
    refused = message;
    campaign = null;
    dashboard = null;
  }

  /** Sorts the heat map by a column; the same column again turns the order round. */
  public void sortBy(String key) {
    descending = key.equals(sort) ? !descending : !HeatMap.BY_UNIT.equals(key);
    sort = key;
  }

  public HeatMap getHeatMap() {
    return dashboard.heatMap().sortedBy(sort, descending);
  }

  /** The aria-sort of a column header. */
  public String ariaSort(String key) {
    if (!key.equals(sort)) {
      return "none";
    }
    return descending ? "descending" : "ascending";
  }

  public List<HeatStep> getLegend() {
    return HeatStep.legend();
  }

  /** Decided out of total as a whole percentage. */
  public int percent(AppraisalProgress.Count count) {
    return count.total() == 0 ? 0 : Math.round(100f * count.decided() / count.total());
  }

  /** A part of the block's units as a whole percentage, for a bar's width. */
  public int share(int part, int whole) {
    return whole == 0 ? 0 : Math.round(100f * part / whole);
  }

  public long getCampaignId() {
    return campaignId;
  }

  public void setCampaignId(long campaignId) {
    this.campaignId = campaignId;
  }

  public Long getBlock() {
    return block;
  }

  public void setBlock(Long block) {
    this.block = block;
  }

  public CampaignView getCampaign() {
    return campaign;
  }

  public SubmissionOverview getOverview() {
    return overview;
  }

  public AppraisalProgress getProgress() {
    return progress;
  }

  public ProvinceDashboard getDashboard() {
    return dashboard;
  }

  public String getRefused() {
    return refused;
  }

  public String getSort() {
    return sort;
  }
}
