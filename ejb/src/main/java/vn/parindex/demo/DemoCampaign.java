package vn.parindex.demo;

import jakarta.persistence.EntityManager;
import java.io.InputStream;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import vn.parindex.appraisal.AppraiserAssignment;
import vn.parindex.appraisal.Campaign;
import vn.parindex.appraisal.RoundDates;
import vn.parindex.appraisal.Submission;
import vn.parindex.appraisal.SubmittedScore;
import vn.parindex.assessment.Assessment;
import vn.parindex.assessment.Assignment;
import vn.parindex.assessment.SelfScore;
import vn.parindex.catalogue.Criterion;
import vn.parindex.catalogue.IndexVersion;
import vn.parindex.catalogue.exchange.IndexYamlReader;
import vn.parindex.organisation.AssessedUnit;
import vn.parindex.organisation.Block;
import vn.parindex.organisation.Office;
import vn.parindex.scoring.CriterionCode;
import vn.parindex.scoring.ManualRule;
import vn.parindex.scoring.Points;
import vn.parindex.scoring.ScoreInputs;
import vn.parindex.scoring.ScoringRule;
import vn.parindex.scoring.Timeliness;

/**
 * The demo province's 2025 campaign, dated around today so that it is live: the self-assessment
 * ended ten days ago and the submission three days ago; round 1 opened yesterday and decides for a
 * week, units explain for another week, round 2 follows. The units stand where a real campaign
 * finds them: most submitted, one late, two still scoring past the deadline, one not started.
 */
final class DemoCampaign {
  static final String NAME = "Đánh giá Chỉ số CCHC năm 2025 (minh họa)";
  static final int YEAR = 2025;

  /** Where a unit stands in the campaign. */
  enum Progress {
    SUBMITTED,
    SUBMITTED_LATE,
    IN_PROGRESS,
    NOT_STARTED
  }

  private final EntityManager em;
  private final DemoProvince org;
  private final LocalDate today;
  private final Clock clock;
  private Campaign campaign;

  DemoCampaign(EntityManager em, DemoProvince org, Clock clock) {
    this.em = em;
    this.org = org;
    this.clock = clock;
    this.today = LocalDate.now(clock);
  }

  void load(InputStream departmentIndex, InputStream communeIndex) {
    IndexVersion departments = published(departmentIndex);
    IndexVersion communes = published(communeIndex);
    campaign = new Campaign(org.province, YEAR, NAME, today.minusDays(10), today.minusDays(3));
    campaign.useIndex(org.departmentBlock, departments);
    campaign.useIndex(org.communeBlock, communes);
    campaign.planRounds(
        List.of(
            new RoundDates(today.plusDays(7), today.plusDays(14)),
            new RoundDates(today.plusDays(24), null)));
    em.persist(campaign);
    int variation = 0;
    for (DemoProvince.UnitSpec spec : org.units.keySet()) {
      boolean department = DemoProvince.DEPARTMENTS.contains(spec);
      assess(spec, department ? departments : communes, variation++);
    }
    for (Block block : List.of(org.departmentBlock, org.communeBlock)) {
      em.persist(
          new AppraiserAssignment(campaign, block, CriterionCode.of("2"), org.unitOf("stp")));
      em.persist(
          new AppraiserAssignment(campaign, block, CriterionCode.of("4"), org.unitOf("skhcn")));
    }
    campaign.openRound(1, today.minusDays(1), "sonoivu", at(today.minusDays(1), 8));
  }

  private IndexVersion published(InputStream yaml) {
    IndexVersion version = new IndexYamlReader().read(yaml);
    version.markIllustrative();
    version.publish();
    em.persist(version);
    return version;
  }

  private void assess(DemoProvince.UnitSpec spec, IndexVersion version, int variation) {
    AssessedUnit unit = org.units.get(spec);
    Assessment assessment = new Assessment(unit, version, YEAR, campaign.selfDeadline());
    assessment.joinCampaign(campaign);
    em.persist(assessment);
    List<Assignment> assignments = new ArrayList<>();
    List<DemoProvince.OfficeSpec> officeSpecs = spec.offices();
    for (Criterion criterion : version.nodes()) {
      if (!criterion.isSelfAssessed() || !version.isLeaf(criterion)) {
        continue;
      }
      Office office = org.offices.get(spec).get(officeFor(officeSpecs, criterion.code()));
      Assignment assignment = new Assignment(assessment, criterion, office, true);
      em.persist(assignment);
      assignments.add(assignment);
    }
    assessment.open(List.of());
    score(spec, assessment, assignments, variation);
  }

  /** The office whose listed code is the criterion's nearest ancestor (or the criterion itself). */
  static int officeFor(List<DemoProvince.OfficeSpec> specs, CriterionCode code) {
    int best = 0;
    int bestLength = -1;
    for (int i = 0; i < specs.size(); i++) {
      for (String listed : specs.get(i).criteria()) {
        CriterionCode node = CriterionCode.of(listed);
        boolean covers = node.equals(code) || node.isAncestorOf(code);
        if (covers && listed.length() > bestLength) {
          best = i;
          bestLength = listed.length();
        }
      }
    }
    return best;
  }

  private void score(
      DemoProvince.UnitSpec spec,
      Assessment assessment,
      List<Assignment> assignments,
      int variation) {
    if (spec.progress() == Progress.NOT_STARTED) {
      return;
    }
    LocalDate selfDeadline = campaign.selfDeadline();
    String consolidator = spec.slug() + ".vanphong";
    List<SubmittedScore> snapshot = new ArrayList<>();
    int i = 0;
    for (Assignment assignment : assignments) {
      Office office = assignment.office();
      String by = spec.slug() + "." + accountOf(spec, office);
      boolean inProgress = spec.progress() == Progress.IN_PROGRESS;
      if (inProgress && i % 3 == 2) {
        i++;
        continue;
      }
      SelfScore score = new SelfScore(assignment);
      Criterion criterion = assignment.criterion();
      String explanation =
          "Theo Báo cáo kết quả thực hiện năm 2025 của " + office.name() + " (minh họa).";
      Points points =
          score.record(
              inputs(criterion, variation + i), explanation, by, at(selfDeadline.minusDays(4), 9));
      if (!inProgress || i % 3 == 0) {
        score.submit(at(selfDeadline.minusDays(2), 10));
      }
      if (!inProgress) {
        score.accept(consolidator, at(selfDeadline.minusDays(1), 14));
      }
      em.persist(score);
      snapshot.add(new SubmittedScore(criterion, points, score.inputs(), explanation));
      i++;
    }
    if (spec.progress() == Progress.SUBMITTED || spec.progress() == Progress.SUBMITTED_LATE) {
      LocalDate day =
          spec.progress() == Progress.SUBMITTED_LATE
              ? campaign.submissionDeadline().plusDays(1)
              : campaign.submissionDeadline().minusDays(variation % 3);
      em.persist(
          new Submission(
              assessment, campaign, snapshot, campaign.isLate(day), consolidator, at(day, 15)));
    }
  }

  private static String accountOf(DemoProvince.UnitSpec spec, Office office) {
    return spec.offices().stream()
        .filter(o -> o.code().equals(office.code()))
        .map(DemoProvince.OfficeSpec::account)
        .findFirst()
        .orElseThrow();
  }

  /** Inputs a unit could have entered, varied from unit to unit and mostly good. */
  private static ScoreInputs inputs(Criterion criterion, int n) {
    ScoringRule rule = criterion.scoringRule().orElseThrow();
    return switch (rule.type()) {
      case MANUAL -> {
        BigDecimal step = ((ManualRule) rule).step();
        BigDecimal points =
            criterion.maxPoints().toBigDecimal().subtract(step.multiply(BigDecimal.valueOf(n % 3)));
        yield ScoreInputs.manual(points.max(BigDecimal.ZERO));
      }
      case BINARY -> ScoreInputs.binary(n % 4 != 0);
      case TIMELINESS -> ScoreInputs.timeliness(n % 5 == 0 ? Timeliness.LATE : Timeliness.ON_TIME);
      case RATIO_TIERS, PROPORTIONAL -> {
        int total = 20 + 5 * (n % 4);
        yield ScoreInputs.ratio(BigDecimal.valueOf(total - n % 3), BigDecimal.valueOf(total));
      }
      case DEDUCTION -> ScoreInputs.violations(n % 3 == 0 ? 1 : 0);
    };
  }

  /** The instant of that day's hour in Vietnam time. */
  private Instant at(LocalDate day, int hour) {
    return day.atTime(hour, 0).atZone(clock.getZone()).toInstant();
  }
}
