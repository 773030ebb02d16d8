package vn.parindex.web.campaign;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import vn.parindex.appraisal.CampaignService;
import vn.parindex.appraisal.CampaignView;
import vn.parindex.organisation.ProvinceService;
import vn.parindex.organisation.ProvinceView;

/**
 * Backs province/campaigns.xhtml: the campaigns of the caller's province, the newest year first,
 * and (for the Sở Nội vụ) a new one for a year with its two deadlines.
 */
@Named
@ViewScoped
public class CampaignsBacking implements Serializable {
  private static final long serialVersionUID = 1L;

  @EJB private CampaignService campaigns;
  @EJB private ProvinceService provinces;
  @Inject private CampaignActions actions;
  @Inject private Clock clock;

  private List<CampaignView> list = List.of();
  private List<ProvinceView> provinceChoices = List.of();
  private Long provinceId;
  private Integer year;
  private String name;
  private LocalDate selfDeadline;
  private LocalDate submissionDeadline;

  @PostConstruct
  void load() {
    list = campaigns.campaigns(null);
  }

  /** Clears the dialog: this year, the caller's province when it has one. */
  public void prepare() {
    provinceChoices = provinces.provinces();
    provinceId = provinceChoices.size() == 1 ? provinceChoices.get(0).id() : null;
    year = LocalDate.now(clock).getYear();
    name = null;
    selfDeadline = null;
    submissionDeadline = null;
  }

  public void create() {
    if (actions.run(
        () -> campaigns.create(provinceId, year, name, selfDeadline, submissionDeadline),
        "campaignsPage.created",
        String.valueOf(year))) {
      load();
    }
  }

  /** The number of the round opened last, 0 before appraisal starts. */
  public int currentRound(CampaignView campaign) {
    return CampaignBacking.currentRound(campaign);
  }

  public List<CampaignView> getCampaigns() {
    return list;
  }

  public List<ProvinceView> getProvinceChoices() {
    return provinceChoices;
  }

  public Long getProvinceId() {
    return provinceId;
  }

  public void setProvinceId(Long provinceId) {
    this.provinceId = provinceId;
  }

  public Integer getYear() {
    return year;
  }

  public void setYear(Integer year) {
    this.year = year;
  }

  public String getName() {
    return name;
  }

  public void setName(String name) {
    this.name = name;
  }

  public LocalDate getSelfDeadline() {
    return selfDeadline;
  }

  public void setSelfDeadline(LocalDate selfDeadline) {
    this.selfDeadline = selfDeadline;
  }

  public LocalDate getSubmissionDeadline() {
    return submissionDeadline;
  }

  public void setSubmissionDeadline(LocalDate submissionDeadline) {
    this.submissionDeadline = submissionDeadline;
  }
}
