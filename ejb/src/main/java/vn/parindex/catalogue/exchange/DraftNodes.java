package vn.parindex.catalogue.exchange;

import java.math.BigDecimal;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import vn.parindex.catalogue.AssessmentMethod;
import vn.parindex.catalogue.Criterion;
import vn.parindex.catalogue.DueDate;
import vn.parindex.catalogue.IndexVersion;
import vn.parindex.catalogue.NodeKind;
import vn.parindex.scoring.CriterionCode;
import vn.parindex.scoring.Points;
import vn.parindex.scoring.RuleType;

/**
 * Adds the nodes of a file to a draft, row by row, through the domain API. A row with a problem is
 * reported and left out, and so are the rows under it; the others are still added, so that the
 * checks of the whole version run on as much of the file as can be read.
 */
final class DraftNodes {
  private static final int LEVELS = 3;

  private final IndexVersion version;
  private final ImportProblems problems;
  private final ValueReader values;

  /** Where each code was first met, for duplicates and for the checks of the whole version. */
  private final Map<CriterionCode, Function<NodeField, CellRef>> rows = new HashMap<>();

  /** Codes whose row was left out, or whose rule was refused: their checks would mislead. */
  private final Set<CriterionCode> leftOut = new HashSet<>();

  /** Codes with a row left out somewhere under them: their sums miss a part. */
  private final Set<CriterionCode> incomplete = new HashSet<>();

  private boolean rowsLeftOut;

  DraftNodes(IndexVersion version, ImportProblems problems) {
    this.version = version;
    this.problems = problems;
    this.values = new ValueReader(problems);
  }

  /** Checks one row and adds its node; {@code at} points to a field's cell in that row. */
  void add(NodeInput row, Function<NodeField, CellRef> at) {
    int before = problems.count();
    CriterionCode code = code(row.code(), at.apply(NodeField.CODE));
    NodeKind kind = kind(row.kind(), code, at.apply(NodeField.KIND));
    String name = values.required(row.name(), at.apply(NodeField.NAME), Criterion.NAME_LENGTH);
    BigDecimal max = values.amount(row.maxPoints(), at.apply(NodeField.MAX_POINTS));
    AssessmentMethod method = method(row.method(), at.apply(NodeField.METHOD));
    RuleSpec rule = rule(row, at.apply(NodeField.RULE), at.apply(NodeField.PARAMETERS));
    String evidence =
        values.optional(row.evidence(), at.apply(NodeField.EVIDENCE), Criterion.GUIDANCE_LENGTH);
    DueDate due = due(row.due(), at.apply(NodeField.DUE));
    boolean nameInferred = values.flag(row.nameInferred(), at.apply(NodeField.NAME_INFERRED));
    if (code == null) {
      rowsLeftOut = true;
      return;
    }
    if (isDuplicate(code, at)) {
      rowsLeftOut = true;
      markAncestorsIncomplete(code);
      return;
    }
    rows.put(code, at);
    if (!underItsParent(code, at) || problems.count() > before) {
      leaveOut(code);
      return;
    }
    Criterion node = version.addNode(code, kind, name, Points.of(max), method);
    if (rule != null) {
      define(node, rule, at.apply(NodeField.PARAMETERS));
    }
    node.describeEvidence(evidence);
    node.dueBy(due);
    if (nameInferred) {
      node.markNameInferred();
    }
  }

  private CriterionCode code(String text, CellRef at) {
    String typed = values.required(text, at, Criterion.CODE_LENGTH);
    if (typed == null) {
      return null;
    }
    try {
      CriterionCode code = CriterionCode.of(typed);
      if (code.depth() <= LEVELS) {
        return code;
      }
    } catch (IllegalArgumentException malformed) {
      // reported below, as a code too deep is
    }
    problems.add(at, "import.code.invalid", typed);
    return null;
  }

  private DueDate due(String text, CellRef at) {
    try {
      return DueDate.parse(text).orElse(null);
    } catch (IllegalArgumentException refused) {
      problems.add(at, "import.due.invalid", text.strip());
      return null;
    }
  }

  private NodeKind kind(String text, CriterionCode code, CellRef at) {
    if (ValueReader.isBlank(text)) {
      problems.add(at, "import.cell.required", at.column());
      return null;
    }
    Optional<NodeKind> kind = Vocabulary.kind(text);
    if (kind.isEmpty()) {
      problems.add(at, "import.kind.unknown", text.strip());
      return null;
    }
    if (code != null && code.depth() != kind.get().depth()) {
      NodeKind expected = NodeKind.atDepth(code.depth());
      problems.add(
          at, "import.kind.mismatch", code.toString(), code.depth(), Vocabulary.label(expected));
      return null;
    }
    return kind.get();
  }

  private AssessmentMethod method(String text, CellRef at) {
    if (ValueReader.isBlank(text)) {
      return AssessmentMethod.SELF_ASSESSED;
    }
    Optional<AssessmentMethod> method = Vocabulary.method(text);
    if (method.isEmpty()) {
      problems.add(at, "import.method.unknown", text.strip());
      return null;
    }
    return method.get();
  }

  private RuleSpec rule(NodeInput row, CellRef typeAt, CellRef parametersAt) {
    if (ValueReader.isBlank(row.ruleType())) {
      if (row.parameters() != null && !row.parameters().isEmpty()) {
        problems.add(parametersAt, "import.rule.withoutType");
      }
      return null;
    }
    RuleType type;
    try {
      type = RuleType.fromCode(Vocabulary.key(row.ruleType()));
    } catch (IllegalArgumentException unknown) {
      problems.add(typeAt, "import.rule.unknown", row.ruleType().strip());
      return null;
    }
    if (row.parameters() == null) {
      return null;
    }
    return RuleParameters.build(type, row.parameters(), problems, parametersAt).orElse(null);
  }

  private boolean isDuplicate(CriterionCode code, Function<NodeField, CellRef> at) {
    Function<NodeField, CellRef> first = rows.get(code);
    if (first == null) {
      return false;
    }
    problems.add(
        at.apply(NodeField.CODE),
        "import.code.duplicate",
        code.toString(),
        first.apply(NodeField.CODE).row());
    return true;
  }

  /**
   * Whether the parent has a row above, and made it into the draft. Under a parent left out, the
   * row is left out silently: the parent's row already tells what is wrong.
   */
  private boolean underItsParent(CriterionCode code, Function<NodeField, CellRef> at) {
    Optional<CriterionCode> parent = code.parent();
    if (parent.isEmpty()) {
      return true;
    }
    if (!rows.containsKey(parent.get())) {
      problems.add(
          at.apply(NodeField.CODE),
          "import.code.parentMissing",
          code.toString(),
          parent.get().toString());
      return false;
    }
    return !leftOut.contains(parent.get());
  }

  private void define(Criterion node, RuleSpec rule, CellRef at) {
    try {
      node.defineRule(rule.definition(), rule.tiers());
    } catch (IllegalArgumentException refused) {
      // The engine's own checks, e.g. two tiers with one bound or a step with three decimals.
      problems.add(
          at,
          "import.rule.refused",
          rule.definition().type().code(),
          RuleParameters.format(rule.definition(), rule.tiers()));
      leaveOut(node.code());
    }
  }

  private void leaveOut(CriterionCode code) {
    rowsLeftOut = true;
    leftOut.add(code);
    markAncestorsIncomplete(code);
  }

  private void markAncestorsIncomplete(CriterionCode code) {
    for (CriterionCode up = code.parent().orElse(null); up != null; up = up.parent().orElse(null)) {
      incomplete.add(up);
    }
  }

  /** The row a code was read from, to report the version's checks on. */
  Optional<Function<NodeField, CellRef>> row(CriterionCode code) {
    return Optional.ofNullable(rows.get(code));
  }

  /**
   * Whether the checks of a node can be trusted: not when its row was left out or its rule refused,
   * nor when a row under it was left out, since its sums then miss a part.
   */
  boolean complete(CriterionCode code) {
    return !leftOut.contains(code) && !incomplete.contains(code);
  }

  /** Whether every row made it into the draft, so that the totals can be checked. */
  boolean allRowsAdded() {
    return !rowsLeftOut;
  }
}
