package vn.parindex.report;

import jakarta.persistence.EntityManager;
import java.text.MessageFormat;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.ResourceBundle;
import java.util.stream.Collectors;
import vn.parindex.assessment.Assessment;
import vn.parindex.catalogue.IndexVersion;
import vn.parindex.catalogue.NodeKind;
import vn.parindex.consolidation.Consolidation;
import vn.parindex.consolidation.IndexNode;
import vn.parindex.consolidation.UnitScores;
import vn.parindex.scoring.Points;

/**
 * Turns an assessment into the rows of its scorecard: every self-assessed node in index order, a
 * leaf scored by its lead office, parents and areas by the sum of their children.
 *
 * <p>Public, with the EntityManager passed in, so that the benchmark can time it outside the server
 * exactly as {@link ScorecardService} runs it.
 */
public class ScorecardAssembler {
  private static final String[] ROMAN = {
    "I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X", "XI", "XII"
  };

  private final EntityManager em;
  private final Locale locale;
  private final ResourceBundle messages;

  public ScorecardAssembler(EntityManager em, Locale locale) {
    this.em = em;
    this.locale = locale;
    this.messages = ResourceBundle.getBundle("vn.parindex.i18n.ServiceMessages", locale);
  }

  public Scorecard assemble(Assessment assessment, LocalDate today) {
    IndexVersion version = assessment.version();
    // the same scores and roll-up as the consolidation, so the printed total always agrees with it;
    // its rows also give the nodes and the holders, so no entity of the tree is loaded
    UnitScores unit = UnitScores.of(em, assessment);
    Consolidation consolidation = unit.consolidate(assessment);
    Map<Long, String> explanations = new HashMap<>();
    unit.holdings().stream()
        .filter(h -> h.lead() && h.explanation() != null)
        .forEach(h -> explanations.put(h.criterionId(), h.explanation()));
    Map<Long, String> notes = sharedNotes(unit.holdings());
    EvidenceCitations evidence = EvidenceCitations.of(em, assessment, locale);

    List<ScorecardRow> rows = new ArrayList<>();
    Numbering numbering = new Numbering();
    Points totalMax = Points.ZERO;
    for (UnitScores.Node row : unit.nodes()) {
      IndexNode node = row.node();
      // the unit's self-assessment: the province's survey, bonus and penalty come later
      if (node.isSurvey() || node.method().isAdjustment()) {
        continue;
      }
      String code = node.code().toString();
      Points points = consolidation.pointsOf(node.id()).orElse(null);
      rows.add(
          new ScorecardRow(
              numbering.next(node.kind()),
              code,
              row.name(),
              RowLevel.valueOf(node.kind().name()),
              node.maxPoints().toBigDecimal(),
              points == null ? null : points.toBigDecimal(),
              evidence.of(code),
              explanations.get(node.id()),
              notes.get(node.id())));
      if (node.kind() == NodeKind.AREA) {
        totalMax = totalMax.plus(node.maxPoints());
      }
    }
    return new Scorecard(
        upper(assessment.unit().letterheadAbove()),
        upper(assessment.unit().name()),
        format("scorecard.title", assessment.year()),
        format(
            "scorecard.subtitle",
            version.name(),
            version.decision().number(),
            version.decision().date().format(DateTimeFormatter.ofPattern("d/M/yyyy")),
            version.decision().issuer()),
        assessment.unit().placeName(),
        today,
        assessment
            .unit()
            .deputySignature()
            .orElseGet(() -> messages.getString("scorecard.signerTitle")),
        null,
        version.illustrative() ? messages.getString("scorecard.illustrative") : null,
        rows,
        totalMax.toBigDecimal(),
        consolidation.selfAssessedTotal().toBigDecimal(),
        // the same reasons, in the same words, as the self-assessment report gives
        consolidation.reasons().stream()
            .map(r -> messages.getString("selfReport.reason." + r.name()))
            .toList());
  }

  /**
   * The notes of shared criteria, by criterion id: which office leads (its score counts) and which
   * supports. A criterion of one office needs no note; the consolidator knows who holds it.
   */
  private Map<Long, String> sharedNotes(List<UnitScores.Holding> holdings) {
    Map<Long, List<UnitScores.Holding>> byCriterion =
        holdings.stream().collect(Collectors.groupingBy(UnitScores.Holding::criterionId));
    Map<Long, String> notes = new HashMap<>();
    byCriterion.forEach(
        (criterion, holders) -> {
          if (holders.size() > 1) {
            notes.put(criterion, sharedNote(holders));
          }
        });
    return notes;
  }

  private String sharedNote(List<UnitScores.Holding> holders) {
    String lead =
        holders.stream()
            .filter(UnitScores.Holding::lead)
            .map(UnitScores.Holding::officeName)
            .findFirst()
            .orElse("");
    String supporting =
        holders.stream()
            .filter(h -> !h.lead())
            .map(UnitScores.Holding::officeName)
            .collect(Collectors.joining("; "));
    return format("scorecard.sharedNote", lead, supporting);
  }

  private String format(String key, Object... args) {
    return new MessageFormat(messages.getString(key), locale).format(args);
  }

  private String upper(String text) {
    return text == null ? null : text.toUpperCase(locale);
  }

  /**
   * STT as official tables number them: I, II for areas; 1, 2 for criteria; a, b for components.
   */
  private static final class Numbering {
    private int area;
    private int criterion;
    private int component;

    String next(NodeKind kind) {
      return switch (kind) {
        case AREA -> {
          area++;
          criterion = 0;
          yield area <= ROMAN.length ? ROMAN[area - 1] : Integer.toString(area);
        }
        case CRITERION -> {
          criterion++;
          component = 0;
          yield Integer.toString(criterion);
        }
        case COMPONENT -> {
          component++;
          yield String.valueOf((char) ('a' + component - 1));
        }
      };
    }
  }
}
