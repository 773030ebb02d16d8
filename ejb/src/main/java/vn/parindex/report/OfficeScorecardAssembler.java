package vn.parindex.report;

import jakarta.persistence.EntityManager;
import java.math.BigDecimal;
import java.text.MessageFormat;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.ResourceBundle;
import java.util.function.Function;
import java.util.stream.Collectors;
import vn.parindex.assessment.Assessment;
import vn.parindex.assessment.Assignment;
import vn.parindex.assessment.SelfScore;
import vn.parindex.assessment.SelfScoreStatus;
import vn.parindex.catalogue.Criterion;
import vn.parindex.catalogue.IndexVersion;
import vn.parindex.catalogue.NodeKind;
import vn.parindex.organisation.Office;
import vn.parindex.scoring.Points;
import vn.parindex.scoring.ScoreInputs;

/**
 * Turns one office's assignments into its own scorecard: its criteria in index order under their
 * areas, a component's parent criterion printed once above it (with the max and points of the
 * office's own components only), each area and the whole with the office's points against the max
 * of the office's criteria. A supporting office's own score of a shared criterion is printed as
 * entered: this is the office's sheet, not the unit's.
 */
class OfficeScorecardAssembler {
  private static final String[] ROMAN = {
    "I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X", "XI", "XII"
  };

  private final EntityManager em;
  private final Locale locale;
  private final ResourceBundle messages;

  OfficeScorecardAssembler(EntityManager em, Locale locale) {
    this.em = em;
    this.locale = locale;
    this.messages = ResourceBundle.getBundle("vn.parindex.i18n.ServiceMessages", locale);
  }

  OfficeScorecard assemble(Assessment assessment, Office office, LocalDate today) {
    IndexVersion version = assessment.version();
    List<Assignment> assignments =
        em.createQuery(
                "select a from Assignment a join fetch a.criterion where a.assessment = :assessment"
                    + " and a.office = :office and a.criterion.version = a.assessment.version"
                    + " order by a.criterion.position",
                Assignment.class)
            .setParameter("assessment", assessment)
            .setParameter("office", office)
            .getResultList();
    Map<Assignment, SelfScore> scores =
        assignments.isEmpty()
            ? Map.of()
            : em.createQuery(
                    "select s from SelfScore s where s.assignment in :assignments", SelfScore.class)
                .setParameter("assignments", assignments)
                .getResultStream()
                .collect(Collectors.toMap(SelfScore::assignment, Function.identity()));
    EvidenceCitations evidence = EvidenceCitations.ofOffice(em, assessment, office, locale);
    Map<String, Criterion> nodes =
        version.nodes().stream()
            .collect(
                Collectors.toMap(
                    n -> n.code().toString(),
                    Function.identity(),
                    (a, b) -> a,
                    LinkedHashMap::new));
    List<String> areaCodes =
        version.nodes().stream()
            .filter(n -> n.kind() == NodeKind.AREA)
            .map(n -> n.code().toString())
            .toList();

    // the office's leaves by area, then by parent criterion, in index order
    Map<String, List<Assignment>> byArea = new LinkedHashMap<>();
    for (Assignment a : assignments) {
      byArea.computeIfAbsent(areaOf(a.criterion()), k -> new ArrayList<>()).add(a);
    }
    List<OfficeScorecardRow> rows = new ArrayList<>();
    Points totalMax = Points.ZERO;
    Points total = Points.ZERO;
    for (Map.Entry<String, List<Assignment>> area : byArea.entrySet()) {
      Criterion areaNode = nodes.get(area.getKey());
      int areaIndex = areaCodes.indexOf(area.getKey());
      Points areaMax =
          Points.sum(area.getValue().stream().map(a -> a.criterion().maxPoints()).toList());
      Points areaPoints = sumOfScored(area.getValue(), scores);
      rows.add(
          new OfficeScorecardRow(
              areaIndex >= 0 && areaIndex < ROMAN.length ? ROMAN[areaIndex] : area.getKey(),
              area.getKey(),
              areaNode == null ? area.getKey() : areaNode.name(),
              RowLevel.AREA,
              areaMax.toBigDecimal(),
              null,
              areaPoints == null ? null : areaPoints.toBigDecimal(),
              null,
              null,
              null));
      totalMax = totalMax.plus(areaMax);
      total = areaPoints == null ? total : total.plus(areaPoints);
      addCriteria(rows, area.getValue(), scores, evidence);
    }
    return new OfficeScorecard(
        upper(assessment.unit().name()),
        upper(office.name()),
        format("officeScorecard.title", assessment.year(), upper(office.name())),
        format(
            "scorecard.subtitle",
            version.name(),
            version.decision().number(),
            version.decision().date().format(DateTimeFormatter.ofPattern("d/M/yyyy")),
            version.decision().issuer()),
        assessment.unit().placeName(),
        today,
        office.headTitle(),
        null,
        version.illustrative() ? messages.getString("scorecard.illustrative") : null,
        rows,
        totalMax.toBigDecimal(),
        total.toBigDecimal());
  }

  /** The criteria of one area; a component's parent once above its first component. */
  private void addCriteria(
      List<OfficeScorecardRow> rows,
      List<Assignment> assignments,
      Map<Assignment, SelfScore> scores,
      EvidenceCitations evidence) {
    int criterion = 0;
    int component = 0;
    Criterion openParent = null;
    for (Assignment a : assignments) {
      Criterion node = a.criterion();
      Criterion parent = node.kind() == NodeKind.COMPONENT ? node.parent().orElse(null) : null;
      if (parent != null && !parent.equals(openParent)) {
        openParent = parent;
        component = 0;
        List<Assignment> siblings =
            assignments.stream()
                .filter(s -> parent.equals(s.criterion().parent().orElse(null)))
                .toList();
        Points sum = sumOfScored(siblings, scores);
        rows.add(
            new OfficeScorecardRow(
                Integer.toString(++criterion),
                parent.code().toString(),
                parent.name(),
                RowLevel.CRITERION,
                Points.sum(siblings.stream().map(s -> s.criterion().maxPoints()).toList())
                    .toBigDecimal(),
                null,
                sum == null ? null : sum.toBigDecimal(),
                null,
                null,
                null));
      }
      String stt;
      if (parent != null) {
        stt = String.valueOf((char) ('a' + component++));
      } else {
        openParent = null;
        stt = Integer.toString(++criterion);
      }
      SelfScore score = scores.get(a);
      rows.add(
          new OfficeScorecardRow(
              stt,
              node.code().toString(),
              node.name(),
              RowLevel.valueOf(node.kind().name()),
              node.maxPoints().toBigDecimal(),
              score == null ? null : inputs(score.inputs()),
              score == null ? null : score.points().toBigDecimal(),
              evidence.of(node.code().toString()),
              score == null ? null : score.explanation(),
              status(score == null ? SelfScoreStatus.NOT_STARTED : score.status())));
    }
  }

  /** The sum of the scored ones, or null when none is scored yet. */
  private static Points sumOfScored(
      List<Assignment> assignments, Map<Assignment, SelfScore> scores) {
    List<Points> scored =
        assignments.stream()
            .map(scores::get)
            .filter(s -> s != null)
            .map(SelfScore::points)
            .toList();
    return scored.isEmpty() ? null : Points.sum(scored);
  }

  private static String areaOf(Criterion criterion) {
    String code = criterion.code().toString();
    int dot = code.indexOf('.');
    return dot < 0 ? code : code.substring(0, dot);
  }

  /** What the office entered, in words; a manual score needs none beyond its points. */
  String inputs(ScoreInputs in) {
    if (in.met() != null) {
      return messages.getString(
          in.met() ? "officeScorecard.inputs.met" : "officeScorecard.inputs.notMet");
    }
    if (in.timeliness() != null) {
      return messages.getString("officeScorecard.inputs." + in.timeliness().name());
    }
    if (in.achieved() != null && in.total() != null) {
      return format("officeScorecard.inputs.ratio", plain(in.achieved()), plain(in.total()));
    }
    if (in.violations() != null) {
      return format("officeScorecard.inputs.violations", in.violations());
    }
    return null;
  }

  private String status(SelfScoreStatus status) {
    return messages.getString("officeScorecard.status." + status.name());
  }

  private static BigDecimal plain(BigDecimal value) {
    return value.stripTrailingZeros();
  }

  private String format(String key, Object... args) {
    return new MessageFormat(messages.getString(key), locale).format(args);
  }

  private String upper(String text) {
    return text == null ? null : text.toUpperCase(locale);
  }
}
