package vn.parindex.web.campaign;

import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import vn.parindex.appraisal.BulkCreation;
import vn.parindex.appraisal.CampaignChoices;
import vn.parindex.appraisal.CampaignService;
import vn.parindex.appraisal.CampaignView;
import vn.parindex.appraisal.RoundDates;
import vn.parindex.organisation.ProvinceService;

/**
 * Backs the campaign page's set-up tab (the Sở Nội vụ's): the name and deadlines, each block's
 * index version, the rounds' dates in one form, and every unit's assessment created at once.
 */
@Named
@ViewScoped
public class CampaignSetupBacking implements Serializable {
  private static final long serialVersionUID = 1L;
  private static final int MAX_ROUNDS = 3;

  @EJB private CampaignService campaigns;
  @EJB private CampaignChoices choices;
  @EJB private ProvinceService provinces;
  @Inject private CampaignBacking page;
  @Inject private CampaignActions actions;
  @Inject private AppraiserMatrixBacking matrix;

  private boolean loaded;
  private String name;
  private LocalDate selfDeadline;
  private LocalDate submissionDeadline;
  private List<SetupBlockRow> blocks = List.of();
  private List<SetupRoundRow> rounds = List.of();
  private List<CampaignChoices.VersionChoice> versions = List.of();

  private void load() {
    CampaignView c = page.getCampaign();
    loaded = true;
    if (c == null) {
      return;
    }
    name = c.name();
    selfDeadline = c.selfDeadline();
    submissionDeadline = c.submissionDeadline();
    blocks =
        provinces.blocks(c.provinceId()).stream()
            .map(
                b ->
                    new SetupBlockRow(
                        b.id(),
                        b.name(),
                        c.blocks().stream()
                            .filter(i -> i.blockId() == b.id())
                            .map(CampaignView.BlockIndex::versionId)
                            .findFirst()
                            .orElse(null)))
            .toList();
    List<SetupRoundRow> planned = new ArrayList<>();
    for (int n = 1; n <= MAX_ROUNDS; n++) {
      int number = n;
      planned.add(
          c.rounds().stream()
              .filter(r -> r.number() == number)
              .map(r -> new SetupRoundRow(number, r.appraisalUntil(), r.explanationUntil()))
              .findFirst()
              .orElse(new SetupRoundRow(number, null, null)));
    }
    rounds = planned;
    versions = choices.versions(c.id());
  }

  private void reload() {
    page.reload();
    matrix.reset();
    load();
  }

  public void saveDeadlines() {
    if (actions.run(
        () -> campaigns.describe(page.getId(), name, selfDeadline, submissionDeadline),
        "campaignPage.setup.deadlinesSaved")) {
      reload();
    }
  }

  public void useIndex(SetupBlockRow row) {
    if (actions.run(
        () -> campaigns.useIndex(page.getId(), row.getBlockId(), row.getVersionId()),
        "campaignPage.setup.indexSaved",
        row.getBlockName())) {
      reload();
    }
  }

  /** Plans the rounds that have an appraisal date, in their order. */
  public void planRounds() {
    List<RoundDates> dates =
        rounds.stream()
            .filter(r -> r.getAppraisalUntil() != null)
            .map(r -> new RoundDates(r.getAppraisalUntil(), r.getExplanationUntil()))
            .toList();
    if (actions.run(
        () -> campaigns.planRounds(page.getId(), dates),
        "campaignPage.setup.roundsSaved",
        dates.size())) {
      reload();
    }
  }

  /** Every unit's assessment; says how many were created, joined or left out, and why. */
  public void createAssessments() {
    BulkCreation[] result = new BulkCreation[1];
    if (actions.attempt(() -> result[0] = campaigns.createAssessments(page.getId()))) {
      BulkCreation done = result[0];
      actions.info(
          "campaignPage.setup.created",
          done.created(),
          done.joined(),
          done.alreadyIn(),
          done.skipped().size());
      done.skipped()
          .forEach(s -> actions.info("campaignPage.setup.skipped." + s.reason(), s.unitName()));
      reload();
    }
  }

  private void ensureLoaded() {
    if (!loaded) {
      load();
    }
  }

  public String getName() {
    ensureLoaded();
    return name;
  }

  public void setName(String name) {
    this.name = name;
  }

  public LocalDate getSelfDeadline() {
    ensureLoaded();
    return selfDeadline;
  }

  public void setSelfDeadline(LocalDate selfDeadline) {
    this.selfDeadline = selfDeadline;
  }

  public LocalDate getSubmissionDeadline() {
    ensureLoaded();
    return submissionDeadline;
  }

  public void setSubmissionDeadline(LocalDate submissionDeadline) {
    this.submissionDeadline = submissionDeadline;
  }

  public List<SetupBlockRow> getBlocks() {
    ensureLoaded();
    return blocks;
  }

  public List<SetupRoundRow> getRounds() {
    ensureLoaded();
    return rounds;
  }

  public List<CampaignChoices.VersionChoice> getVersions() {
    ensureLoaded();
    return versions;
  }
}
