package vn.parindex.catalogue.exchange;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.BiFunction;
import java.util.function.Function;
import vn.parindex.catalogue.BandScale;
import vn.parindex.catalogue.DecisionRef;
import vn.parindex.catalogue.IndexVersion;
import vn.parindex.catalogue.VersionProblem;
import vn.parindex.scoring.CriterionCode;
import vn.parindex.scoring.Points;

/**
 * The draft a file is read into: its header, its bands, then its nodes, and at the end the checks a
 * version must pass before it is published. Whatever went wrong on the way is in {@link
 * ImportProblems}; {@link #finish()} hands over the draft only when nothing did.
 */
final class DraftVersion {
  /** The length of {@code ClassificationBand.label}'s column. */
  private static final int BAND_LABEL_LENGTH = 60;

  private final ImportProblems problems;
  private final ValueReader values;
  private final Function<VersionField, CellRef> headerAt;
  private IndexVersion version;
  private boolean headerRead;
  private boolean rowsRead = true;
  private DraftNodes nodes;

  /**
   * @param headerAt where each header field was read; given null, the sheet (or file) as a whole
   */
  DraftVersion(ImportProblems problems, Function<VersionField, CellRef> headerAt) {
    this.problems = problems;
    this.values = new ValueReader(problems);
    this.headerAt = headerAt;
  }

  /**
   * Starts the draft from the header fields found in the file (a field absent from the map is
   * missing from the file). An unreadable header still gets a stand-in draft, never handed over, so
   * that the rows are checked too and the administrator learns everything at once.
   */
  void header(Map<VersionField, String> text) {
    String name = read(text, VersionField.NAME, this::name);
    String level = read(text, VersionField.UNIT_LEVEL, this::level);
    Integer year = read(text, VersionField.YEAR, values::integer);
    String number = read(text, VersionField.DECISION_NUMBER, this::decisionNumber);
    LocalDate date = read(text, VersionField.DECISION_DATE, values::date);
    String issuer = read(text, VersionField.ISSUER, this::issuer);
    BigDecimal total = read(text, VersionField.TOTAL_MAX, values::amount);
    BigDecimal selfAssessed = read(text, VersionField.SELF_ASSESSED_MAX, values::amount);
    BigDecimal survey = read(text, VersionField.SURVEY_MAX, values::amount);
    Boolean illustrative = read(text, VersionField.ILLUSTRATIVE, values::flag);
    Boolean bounded = read(text, VersionField.TOTAL_BOUNDED, this::bound);
    BandScale scale = read(text, VersionField.BAND_SCALE, this::bandScale);
    headerRead =
        name != null
            && level != null
            && year != null
            && number != null
            && date != null
            && issuer != null
            && total != null
            && selfAssessed != null
            && survey != null;
    version =
        headerRead
            ? new IndexVersion(
                name,
                level,
                year,
                new DecisionRef(number, date, issuer),
                Points.of(total),
                Points.of(selfAssessed),
                Points.of(survey))
            : standIn();
    if (Boolean.TRUE.equals(illustrative)) {
      version.markIllustrative();
    }
    if (Boolean.FALSE.equals(bounded)) {
      version.boundTotal(false);
    }
    if (scale != null) {
      version.bandBy(scale);
    }
    nodes = new DraftNodes(version, problems);
  }

  /** A file without a header: the rows are still checked, against a stand-in draft. */
  void noHeader() {
    headerRead = false;
    version = standIn();
    nodes = new DraftNodes(version, problems);
  }

  private <T> T read(
      Map<VersionField, String> text, VersionField field, BiFunction<String, CellRef, T> parse) {
    CellRef at = headerAt.apply(field);
    if (!text.containsKey(field)) {
      if (field.required()) {
        problems.add(at, "import.field.missing", at.column());
      }
      return null;
    }
    return parse.apply(text.get(field), at);
  }

  /** Bounded unless the file says otherwise: an empty cell keeps the default. */
  private Boolean bound(String text, CellRef at) {
    return ValueReader.isBlank(text) ? null : values.flag(text, at);
  }

  /** Points unless the file says percent: an empty cell keeps the default. */
  private BandScale bandScale(String text, CellRef at) {
    if (ValueReader.isBlank(text)) {
      return null;
    }
    Optional<BandScale> scale = Vocabulary.bandScale(text);
    if (scale.isEmpty()) {
      problems.add(at, "import.bandScale.invalid", text.strip());
    }
    return scale.orElse(null);
  }

  private String name(String text, CellRef at) {
    return values.required(text, at, IndexVersion.NAME_LENGTH);
  }

  private String level(String text, CellRef at) {
    return values.required(text, at, IndexVersion.LEVEL_LENGTH);
  }

  private String decisionNumber(String text, CellRef at) {
    return values.required(text, at, DecisionRef.NUMBER_LENGTH);
  }

  private String issuer(String text, CellRef at) {
    return values.required(text, at, DecisionRef.ISSUER_LENGTH);
  }

  private static IndexVersion standIn() {
    DecisionRef none = new DecisionRef("-", LocalDate.EPOCH, "-");
    return new IndexVersion("-", "-", 0, none, Points.ZERO, Points.ZERO, Points.ZERO);
  }

  /** A classification band: its label and the lowest total that reaches it. */
  void band(String label, String minTotal, CellRef labelAt, CellRef minTotalAt) {
    String checkedLabel = values.required(label, labelAt, BAND_LABEL_LENGTH);
    BigDecimal min = values.amount(minTotal, minTotalAt);
    if (checkedLabel != null && min != null) {
      version.addBand(checkedLabel, min);
    }
  }

  void node(NodeInput row, Function<NodeField, CellRef> at) {
    nodes.add(row, at);
  }

  /**
   * The rows could not be read at all (no sheet, no header...): the version has nothing to check.
   */
  void rowsUnreadable() {
    rowsRead = false;
  }

  /**
   * Runs the checks of a version before publishing and reports each on the row of the node it
   * names, or on the header; then hands the draft over, or throws with everything found.
   *
   * @throws IndexImportException when anything was found in the whole file
   */
  IndexVersion finish() {
    List<VersionProblem> checks = rowsRead ? version.problems() : List.of();
    for (VersionProblem problem : checks) {
      if (problem.code() == null) {
        reportOnHeader(problem);
      } else {
        reportOnRow(problem);
      }
    }
    problems.throwIfAny();
    return version;
  }

  private void reportOnHeader(VersionProblem problem) {
    // The stand-in header proves nothing, and with rows left out the totals are bound to differ.
    boolean totalsOfRows =
        !problem.messageKey().equals("version.total.parts")
            && !problem.messageKey().startsWith("version.band.");
    if (!headerRead || (totalsOfRows && !nodes.allRowsAdded())) {
      return;
    }
    VersionField field =
        switch (problem.messageKey()) {
          case "version.total.selfAssessed" -> VersionField.SELF_ASSESSED_MAX;
          case "version.total.survey" -> VersionField.SURVEY_MAX;
          case "version.total.parts" -> VersionField.TOTAL_MAX;
          case "version.band.percentRange", "version.band.pointsRange", "version.band.duplicate" ->
              VersionField.BAND_SCALE;
          default -> null;
        };
    problems.add(headerAt.apply(field), problem.messageKey(), problem.arguments());
  }

  private void reportOnRow(VersionProblem problem) {
    CriterionCode code = CriterionCode.of(problem.code());
    if (!nodes.complete(code)) {
      return;
    }
    nodes
        .row(code)
        .ifPresent(
            row ->
                problems.add(
                    row.apply(columnOf(problem.messageKey())),
                    problem.messageKey(),
                    problem.arguments()));
  }

  /** The column a check of the version is about, so that the cell to fix is pointed at. */
  private static NodeField columnOf(String key) {
    if (key.startsWith("version.code.") || key.equals("version.area.empty")) {
      return NodeField.CODE;
    }
    if (key.startsWith("version.tier.") || key.equals("version.rule.invalid")) {
      return NodeField.PARAMETERS;
    }
    return switch (key) {
      case "version.parent.sum" -> NodeField.MAX_POINTS;
      case "version.parent.rule", "version.rule.missing" -> NodeField.RULE;
      case "version.method.mixed" -> NodeField.METHOD;
      default -> null;
    };
  }
}
