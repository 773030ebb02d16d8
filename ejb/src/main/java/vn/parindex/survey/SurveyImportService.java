package vn.parindex.survey;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import vn.parindex.access.AccessPolicy;
import vn.parindex.access.Permission;
import vn.parindex.access.Roles;
import vn.parindex.appraisal.Campaign;
import vn.parindex.appraisal.CampaignAccess;
import vn.parindex.appraisal.Frozen;
import vn.parindex.assessment.Assessment;
import vn.parindex.assessment.ChangeRecord;
import vn.parindex.catalogue.AssessmentMethod;
import vn.parindex.catalogue.Criterion;
import vn.parindex.catalogue.IndexVersion;
import vn.parindex.consolidation.SurveyScore;
import vn.parindex.kernel.Refusal;
import vn.parindex.organisation.AssessedUnit;
import vn.parindex.organisation.Block;
import vn.parindex.organisation.CallerAccount;
import vn.parindex.platform.AccessDeniedException;
import vn.parindex.platform.NotFoundException;
import vn.parindex.scoring.Points;

/**
 * A block's social survey results in a campaign: the template, the preview and the all-or-nothing
 * import of a filled file by the Sở Nội vụ, and the results with the imports' history, which the
 * council reads too. An import writes the same survey points a consolidating office types by hand,
 * under the same rule (0..max, survey leaves only), and each replaced value stays in the import's
 * record and in the assessment's history. Once the council approved the block, nothing is imported
 * until the approval is reopened.
 */
@Stateless
@RolesAllowed({Roles.PROVINCE, Roles.COUNCIL, Roles.APPRAISER, Roles.ADMIN})
public class SurveyImportService {
  /** Far above a block's workbook (a few hundred units), small enough to refuse a stray file. */
  public static final int MAX_FILE_BYTES = 5 * 1024 * 1024;

  @Inject private EntityManager em;
  @EJB private CallerAccount caller;
  @Inject private Clock clock;

  /** The XLSX template of the block: its units and its index's survey criteria. */
  public byte[] template(long campaignId, long blockId) {
    Place place = readable(campaignId, blockId);
    return new SurveyWorkbook().write(place.layout());
  }

  /** What importing the file would write; nothing is written. */
  public SurveyPreview preview(long campaignId, long blockId, String fileName, byte[] content) {
    Place place = importable(campaignId, blockId, false);
    SurveySheet sheet = read(place, content);
    Map<Key, SurveyScore> current = current(place);
    List<SurveyPreview.Line> lines = new ArrayList<>();
    int values = 0;
    int changed = 0;
    for (SurveySheet.UnitPoints unit : sheet.units()) {
      List<SurveyPreview.Value> row = new ArrayList<>();
      for (SurveyLayout.SurveyColumn column : place.layout().criteria()) {
        Points points = unit.points().get(column.code());
        SurveyScore before = current.get(new Key(unit.unit().assessmentId(), column.criterionId()));
        BigDecimal previous = before == null ? null : before.points().toBigDecimal();
        boolean change = previous == null || previous.compareTo(points.toBigDecimal()) != 0;
        row.add(new SurveyPreview.Value(column.code(), points.toBigDecimal(), previous, change));
        values++;
        changed += change ? 1 : 0;
      }
      lines.add(new SurveyPreview.Line(unit.unit().unitId(), unit.unit().name(), unit.row(), row));
    }
    return new SurveyPreview(
        campaignId,
        blockId,
        place.block().name(),
        fileName,
        place.layout().criteria().stream().map(SurveyCriterionView::of).toList(),
        lines,
        sheet.forms().stream()
            .map(f -> new SurveyImportView.Forms(f.group(), f.sent(), f.returned()))
            .toList(),
        values,
        changed);
  }

  /**
   * Imports the file: every unit's survey points replace the current ones, or, at the first problem
   * anywhere, nothing is written and every problem is listed.
   */
  public SurveyImportView commit(long campaignId, long blockId, String fileName, byte[] content) {
    Place place = importable(campaignId, blockId, true);
    SurveySheet sheet = read(place, content);
    Map<Key, SurveyScore> current = current(place);
    Map<Long, Criterion> criteria = new HashMap<>();
    for (Criterion node : place.version().nodes()) {
      criteria.put(node.id(), node);
    }
    String by = caller.get().username();
    Instant now = clock.instant();
    List<ReplacedPoints> replaced = new ArrayList<>();
    for (SurveySheet.UnitPoints unit : sheet.units()) {
      Assessment assessment = place.assessments().get(unit.unit().unitId());
      for (SurveyLayout.SurveyColumn column : place.layout().criteria()) {
        Criterion criterion = criteria.get(column.criterionId());
        Points points = unit.points().get(column.code());
        SurveyScore score = current.get(new Key(assessment.id(), criterion.id()));
        Points previous = score == null ? null : score.points();
        if (score == null) {
          em.persist(new SurveyScore(assessment, criterion, points, by, now));
        } else {
          score.enter(points, by, now);
        }
        ReplacedPoints value =
            new ReplacedPoints(assessment.id(), criterion.id(), previous, points);
        replaced.add(value);
        if (value.changed()) {
          em.persist(
              ChangeRecord.withReason(
                  assessment,
                  criterion,
                  ChangeRecord.Kind.SURVEY,
                  previous == null ? null : column.code() + ": " + previous,
                  column.code() + ": " + points,
                  fileName,
                  by,
                  now));
        }
      }
    }
    List<RespondentGroup> forms =
        sheet.forms().stream()
            .map(f -> new RespondentGroup(f.group(), f.sent(), f.returned()))
            .toList();
    SurveyImport done =
        new SurveyImport(place.campaign(), place.block(), fileName, forms, replaced, by, now);
    em.persist(done);
    return SurveyImportView.of(done);
  }

  /** The block's current survey points, whether they are frozen, and every import. */
  public SurveyResults results(long campaignId, long blockId) {
    Place place = readable(campaignId, blockId);
    Map<Key, SurveyScore> current = current(place);
    List<SurveyResults.UnitResult> units = new ArrayList<>();
    for (SurveyLayout.UnitLine unit : place.layout().units()) {
      List<SurveyResults.Current> values = new ArrayList<>();
      BigDecimal total = BigDecimal.ZERO;
      for (SurveyLayout.SurveyColumn column : place.layout().criteria()) {
        SurveyScore score =
            unit.assessmentId() == null
                ? null
                : current.get(new Key(unit.assessmentId(), column.criterionId()));
        if (score == null) {
          values.add(new SurveyResults.Current(column.code(), null, null, null));
          total = null;
        } else {
          values.add(
              new SurveyResults.Current(
                  column.code(),
                  score.points().toBigDecimal(),
                  score.enteredBy(),
                  score.enteredAt()));
          total = total == null ? null : total.add(score.points().toBigDecimal());
        }
      }
      units.add(
          new SurveyResults.UnitResult(
              unit.unitId(), unit.name(), unit.assessmentId(), values, total));
    }
    return new SurveyResults(
        campaignId,
        place.campaign().name(),
        blockId,
        place.block().name(),
        place.version().name(),
        Frozen.approved(em, place.campaign(), place.block()),
        policy().mayInProvince(Permission.IMPORT_SURVEY, place.campaign().province()),
        place.layout().criteria().stream().map(SurveyCriterionView::of).toList(),
        units,
        new SurveyRecords(em)
            .imports(place.campaign(), place.block()).stream().map(SurveyImportView::of).toList());
  }

  private SurveySheet read(Place place, byte[] content) {
    if (content != null && content.length > MAX_FILE_BYTES) {
      throw Refusal.invalid("file", "survey.import.tooLarge", MAX_FILE_BYTES / (1024 * 1024));
    }
    return new SurveyWorkbook().read(content, place.layout());
  }

  /** The Sở Nội vụ and the council of the campaign's province read; appraisers do not (403). */
  private Place readable(long campaignId, long blockId) {
    CampaignAccess access = new CampaignAccess(em, policy());
    Campaign campaign = access.readable(campaignId);
    if (!policy().mayInProvince(Permission.READ_UNIT, campaign.province())
        && !policy().mayInProvince(Permission.IMPORT_SURVEY, campaign.province())) {
      throw new AccessDeniedException("access.denied");
    }
    return place(access, campaign, blockId);
  }

  /**
   * The Sở Nội vụ of the campaign's province imports, while the council has not approved the block;
   * a commit locks the campaign, so two imports take turns.
   */
  private Place importable(long campaignId, long blockId, boolean lock) {
    CampaignAccess access = new CampaignAccess(em, policy());
    Campaign campaign = access.readable(campaignId);
    if (!policy().mayInProvince(Permission.IMPORT_SURVEY, campaign.province())) {
      throw new AccessDeniedException("access.denied");
    }
    if (lock) {
      em.lock(campaign, LockModeType.PESSIMISTIC_WRITE);
    }
    Place place = place(access, campaign, blockId);
    if (Frozen.approved(em, campaign, place.block())) {
      throw Refusal.conflict("survey.import.approved", place.block().name());
    }
    if (place.layout().criteria().isEmpty()) {
      throw Refusal.conflict("survey.import.noCriteria", place.version().name());
    }
    return place;
  }

  private Place place(CampaignAccess access, Campaign campaign, long blockId) {
    Block block = access.block(campaign, blockId);
    IndexVersion version =
        campaign
            .versionOf(block)
            .orElseThrow(
                () -> new NotFoundException("appraisal.block.notFound", String.valueOf(blockId)));
    SurveyRecords records = new SurveyRecords(em);
    Map<Long, Assessment> assessments = records.assessments(campaign, block);
    List<SurveyLayout.UnitLine> units = new ArrayList<>();
    for (AssessedUnit unit : records.units(block)) {
      Assessment assessment = assessments.get(unit.id());
      units.add(
          new SurveyLayout.UnitLine(
              unit.id(), unit.name(), assessment == null ? null : assessment.id()));
    }
    List<SurveyLayout.SurveyColumn> criteria =
        version.nodes().stream()
            .filter(n -> n.method() == AssessmentMethod.SURVEY && version.isLeaf(n))
            .map(
                n ->
                    new SurveyLayout.SurveyColumn(
                        n.id(), n.code().toString(), n.name(), n.maxPoints()))
            .toList();
    SurveyLayout layout =
        new SurveyLayout(campaign.name(), block.name(), version.name(), units, criteria);
    return new Place(campaign, block, version, assessments, layout);
  }

  private Map<Key, SurveyScore> current(Place place) {
    Map<Key, SurveyScore> current = new HashMap<>();
    for (SurveyScore score : new SurveyRecords(em).scores(place.campaign(), place.block())) {
      current.put(new Key(score.assessment().id(), score.criterion().id()), score);
    }
    return current;
  }

  private AccessPolicy policy() {
    return caller.policy();
  }

  /** A unit's assessment and a criterion: where a survey value goes. */
  private record Key(Long assessmentId, long criterionId) {}

  /** The campaign's block the caller works on, with what its workbook holds. */
  private record Place(
      Campaign campaign,
      Block block,
      IndexVersion version,
      Map<Long, Assessment> assessments,
      SurveyLayout layout) {}
}
