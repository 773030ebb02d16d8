package vn.parindex.appraisal;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceException;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import vn.parindex.access.Roles;
import vn.parindex.assessment.Assessment;
import vn.parindex.assessment.AssessmentStatus;
import vn.parindex.assessment.ChangeRecord;
import vn.parindex.assessment.History;
import vn.parindex.catalogue.IndexVersion;
import vn.parindex.kernel.Refusal;
import vn.parindex.organisation.AssessedUnit;
import vn.parindex.organisation.Block;
import vn.parindex.organisation.CallerAccount;
import vn.parindex.organisation.Province;
import vn.parindex.platform.BusinessException;
import vn.parindex.platform.NotFoundException;

/**
 * A province's campaign as the Sở Nội vụ runs it: created for a year, each block's index version,
 * the deadlines, the rounds planned, opened and closed, and every unit's assessment created in
 * bulk. Its council and appraisers read it. Dates are days in Vietnam time ({@link Clock}).
 */
@Stateless
@RolesAllowed({Roles.PROVINCE, Roles.COUNCIL, Roles.APPRAISER, Roles.ADMIN})
public class CampaignService {
  private static final int FIRST_YEAR = 2000;
  private static final int LAST_YEAR = 2100;

  @Inject private EntityManager em;
  @EJB private CallerAccount caller;
  @Inject private Clock clock;

  /** The campaigns of a province, or of every province the caller reads; the newest year first. */
  public List<CampaignView> campaigns(Long provinceId) {
    CampaignAccess access = access();
    if (provinceId != null) {
      Province province = access.province(provinceId);
      return em.createQuery(
              "select c from Campaign c where c.province = :province order by c.year desc",
              Campaign.class)
          .setParameter("province", province)
          .getResultStream()
          .map(CampaignView::of)
          .toList();
    }
    return em.createQuery(
            "select c from Campaign c join fetch c.province order by c.year desc, c.id",
            Campaign.class)
        .getResultStream()
        .filter(c -> access.reads(c.province()))
        .map(CampaignView::of)
        .toList();
  }

  public CampaignView campaign(long campaignId) {
    return CampaignView.of(access().readable(campaignId));
  }

  /** Opens a province's campaign for a year; one per province and year. */
  @RolesAllowed({Roles.PROVINCE, Roles.ADMIN})
  public CampaignView create(
      Long provinceId,
      Integer year,
      String name,
      LocalDate selfDeadline,
      LocalDate submissionDeadline) {
    CampaignAccess access = access();
    Province province = access.province(provinceId);
    access.requireRuns(province);
    if (year == null || year < FIRST_YEAR || year > LAST_YEAR) {
      throw new BusinessException(
              "assessment.year.invalid", String.valueOf(FIRST_YEAR), String.valueOf(LAST_YEAR))
          .onField("year");
    }
    requireDeadlines(selfDeadline, submissionDeadline);
    if (exists(province, year)) {
      throw duplicate(province, year);
    }
    Campaign campaign = new Campaign(province, year, name, selfDeadline, submissionDeadline);
    em.persist(campaign);
    try {
      em.flush();
    } catch (PersistenceException e) {
      // another call created the same year meanwhile: the unique constraint caught it
      throw duplicate(province, year);
    }
    return CampaignView.of(campaign);
  }

  /** Renames the campaign and moves its deadlines. */
  @RolesAllowed({Roles.PROVINCE, Roles.ADMIN})
  public CampaignView describe(
      long campaignId, String name, LocalDate selfDeadline, LocalDate submissionDeadline) {
    Campaign campaign = access().runnable(campaignId);
    requireDeadlines(selfDeadline, submissionDeadline);
    if (name != null) {
      campaign.rename(name);
    }
    campaign.setDeadlines(selfDeadline, submissionDeadline);
    return CampaignView.of(campaign);
  }

  /**
   * The block takes part with this published version. Refused once appraisal has started, and when
   * the block's units already have the campaign's assessments on another version.
   */
  @RolesAllowed({Roles.PROVINCE, Roles.ADMIN})
  public CampaignView useIndex(long campaignId, long blockId, Long versionId) {
    CampaignAccess access = access();
    Campaign campaign = access.runnable(campaignId);
    Block block = access.block(campaign, blockId);
    if (versionId == null) {
      throw new BusinessException("assessment.version.required").onField("versionId");
    }
    IndexVersion version = em.find(IndexVersion.class, versionId);
    if (version == null) {
      throw new NotFoundException("version.notFound", versionId);
    }
    long onOther =
        em.createQuery(
                "select count(a) from Assessment a where a.campaign = :campaign"
                    + " and a.unit.block = :block and a.version <> :version",
                Long.class)
            .setParameter("campaign", campaign)
            .setParameter("block", block)
            .setParameter("version", version)
            .getSingleResult();
    if (onOther > 0) {
      throw new BusinessException("appraisal.campaign.blockHasAssessments", block.name(), onOther)
          .onField("versionId");
    }
    campaign.useIndex(block, version);
    return CampaignView.of(campaign);
  }

  /** Plans one to three rounds, each with its dates; see {@link Campaign#planRounds}. */
  @RolesAllowed({Roles.PROVINCE, Roles.ADMIN})
  public CampaignView planRounds(long campaignId, List<RoundDates> dates) {
    Campaign campaign = access().runnable(campaignId);
    if (dates == null || dates.stream().anyMatch(Objects::isNull)) {
      throw new BusinessException("appraisal.rounds.datesRequired").onField("rounds");
    }
    campaign.planRounds(dates);
    return CampaignView.of(campaign);
  }

  @RolesAllowed({Roles.PROVINCE, Roles.ADMIN})
  public CampaignView openRound(long campaignId, int number) {
    Campaign campaign = access().runnable(campaignId);
    campaign.openRound(number, LocalDate.now(clock), caller.get().username(), Instant.now(clock));
    return CampaignView.of(campaign);
  }

  @RolesAllowed({Roles.PROVINCE, Roles.ADMIN})
  public CampaignView closeRound(long campaignId, int number) {
    Campaign campaign = access().runnable(campaignId);
    campaign.closeRound(number, caller.get().username(), Instant.now(clock));
    return CampaignView.of(campaign);
  }

  /**
   * Creates the assessment of every unit of every block taking part, on the block's version, with
   * the campaign's self-assessment deadline, being prepared: the unit's consolidating office still
   * assigns its criteria and opens it. A unit that already has an assessment of the year on the
   * same version joins with it; one on another version, or of another level than the index, is left
   * out and listed. Running it again creates only what is missing.
   */
  @RolesAllowed({Roles.PROVINCE, Roles.ADMIN})
  public BulkCreation createAssessments(long campaignId) {
    Campaign campaign = access().runnable(campaignId);
    if (campaign.blocks().isEmpty()) {
      throw new BusinessException("appraisal.campaign.noBlocks").onField("blocks");
    }
    String by = caller.get().username();
    Instant now = Instant.now(clock);
    int created = 0;
    int joined = 0;
    int alreadyIn = 0;
    List<BulkCreation.SkippedUnit> skipped = new ArrayList<>();
    for (CampaignBlock taking : campaign.blocks()) {
      IndexVersion version = taking.version();
      for (AssessedUnit unit : units(taking.block())) {
        Assessment existing = assessmentOf(unit, campaign.year());
        if (existing != null && !existing.version().equals(version)) {
          skipped.add(new BulkCreation.SkippedUnit(unit.id(), unit.name(), "OTHER_VERSION"));
        } else if (existing != null && existing.campaign().isPresent()) {
          alreadyIn++;
        } else if (existing != null) {
          existing.joinCampaign(campaign);
          record(existing, null, "campaign " + campaign.id(), by, now);
          joined++;
        } else if (!Objects.equals(version.unitLevel(), unit.level())) {
          skipped.add(new BulkCreation.SkippedUnit(unit.id(), unit.name(), "OTHER_LEVEL"));
        } else {
          Assessment assessment =
              new Assessment(unit, version, campaign.year(), campaign.selfDeadline());
          assessment.joinCampaign(campaign);
          em.persist(assessment);
          record(
              assessment,
              null,
              AssessmentStatus.PREPARING.name()
                  + ": "
                  + campaign.year()
                  + ", "
                  + version.name()
                  + ", "
                  + campaign.selfDeadline()
                  + ", campaign "
                  + campaign.id(),
              by,
              now);
          created++;
        }
      }
    }
    return new BulkCreation(created, joined, alreadyIn, skipped);
  }

  private void record(Assessment assessment, String before, String after, String by, Instant at) {
    History.record(em, assessment, null, ChangeRecord.Kind.ASSESSMENT, before, after, by, at);
  }

  private List<AssessedUnit> units(Block block) {
    return em.createQuery(
            "select u from AssessedUnit u where u.block = :block order by u.name, u.id",
            AssessedUnit.class)
        .setParameter("block", block)
        .getResultList();
  }

  private Assessment assessmentOf(AssessedUnit unit, int year) {
    return em.createQuery(
            "select a from Assessment a where a.unit = :unit and a.year = :year", Assessment.class)
        .setParameter("unit", unit)
        .setParameter("year", year)
        .getResultStream()
        .findFirst()
        .orElse(null);
  }

  private static void requireDeadlines(LocalDate self, LocalDate submission) {
    if (self == null) {
      throw new BusinessException("appraisal.campaign.deadlineRequired").onField("selfDeadline");
    }
    if (submission == null) {
      throw new BusinessException("appraisal.campaign.deadlineRequired")
          .onField("submissionDeadline");
    }
  }

  private boolean exists(Province province, int year) {
    return em.createQuery(
                "select count(c) from Campaign c where c.province = :province and c.year = :year",
                Long.class)
            .setParameter("province", province)
            .setParameter("year", year)
            .getSingleResult()
        > 0;
  }

  private static Refusal duplicate(Province province, int year) {
    return Refusal.conflict("appraisal.campaign.duplicate", province.name(), String.valueOf(year))
        .onField("year");
  }

  private CampaignAccess access() {
    return new CampaignAccess(em, caller.policy());
  }
}
