package vn.parindex.web.campaign;

import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import vn.parindex.appraisal.AppraisalNotices;
import vn.parindex.appraisal.AppraisalProgress;
import vn.parindex.appraisal.AppraisalService;
import vn.parindex.appraisal.CampaignService;

/**
 * Backs the campaign page's rounds tab: the Sở Nội vụ opens and closes each round and, once one is
 * over, sends its notices; the Sở Nội vụ and the council follow the current round's progress per
 * appraiser department and per unit.
 */
@Named
@ViewScoped
public class CampaignRoundsBacking implements Serializable {
  private static final long serialVersionUID = 1L;

  @EJB private CampaignService campaigns;
  @EJB private AppraisalService appraisal;
  @EJB private AppraisalNotices notices;
  @Inject private CampaignBacking page;
  @Inject private CampaignActions actions;

  private AppraisalProgress progress;

  public void open(int round) {
    change(() -> campaigns.openRound(page.getId(), round), "campaignPage.rounds.opened", round);
  }

  public void close(int round) {
    change(() -> campaigns.closeRound(page.getId(), round), "campaignPage.rounds.closed", round);
  }

  /** Tells the units what the round changed; says how many were told. */
  public void sendNotices(int round) {
    int[] told = new int[1];
    if (actions.attempt(() -> told[0] = notices.send(page.getId(), round))) {
      actions.info("campaignPage.rounds.noticesSent", round, told[0]);
    }
  }

  private void change(Runnable change, String doneKey, int round) {
    if (actions.run(change, doneKey, round)) {
      page.reload();
      progress = null;
    }
  }

  public AppraisalProgress getProgress() {
    if (progress == null && page.getCampaign() != null) {
      progress = appraisal.progress(page.getId());
    }
    return progress;
  }

  /** Decided out of total as a whole percentage, for the progress bar. */
  public int percent(AppraisalProgress.Count count) {
    return count.total() == 0 ? 0 : Math.round(100f * count.decided() / count.total());
  }
}
