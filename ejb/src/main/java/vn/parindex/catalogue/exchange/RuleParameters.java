package vn.parindex.catalogue.exchange;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import vn.parindex.catalogue.RuleDefinition;
import vn.parindex.catalogue.ScoringTier;
import vn.parindex.scoring.RuleType;
import vn.parindex.scoring.WhenNone;

/**
 * The parameters of a scoring rule in the text of the "Tham số" column, written and read back.
 *
 * <p>The format: {@code name=value} pairs separated by semicolons, with the names of the YAML
 * files: {@code step=0.25} (manual), nothing (binary), {@code on_time=1; late=0.5} (timeliness),
 * {@code when_none=zero; tiers=1:2, 0.8:1, 0:0} (ratio_tiers, each tier {@code min ratio:points},
 * highest first), {@code when_none=full} (proportional), {@code per_item=0.5} (deduction). Every
 * parameter of the rule type must be given, and no other: a default would hide what the decision
 * says. Numbers take a decimal dot or comma; a comma also separates tiers, so a text with a decimal
 * comma in its tiers must put a space after each separating comma ({@code 1:2, 0,8:1, 0:0}), while
 * one without spaces takes every comma as a separator ({@code 1:2,0.8:1,0:0}). A comma followed by
 * a {@code name=} also separates parameters, the way people often type them.
 */
final class RuleParameters {
  static final String STEP = "step";
  static final String ON_TIME = "on_time";
  static final String LATE = "late";
  static final String WHEN_NONE = "when_none";
  static final String TIERS = "tiers";
  static final String PER_ITEM = "per_item";

  private static final Pattern SEPARATOR = Pattern.compile(";|,(?=\\s*[A-Za-z_]+\\s*=)");
  private static final Pattern PAIR = Pattern.compile("\\s*([A-Za-z_]+)\\s*=\\s*(.*?)\\s*");
  private static final Pattern SPACED_COMMA = Pattern.compile(",\\s+");
  private static final Pattern COMMA = Pattern.compile(",");
  private static final Pattern TIER = Pattern.compile("\\s*([^:\\s]+)\\s*:\\s*([^:\\s]+)\\s*");

  private RuleParameters() {}

  /** The parameters a rule type takes, all of them required. */
  static Set<String> of(RuleType type) {
    return switch (type) {
      case MANUAL -> Set.of(STEP);
      case BINARY -> Set.of();
      case TIMELINESS -> Set.of(ON_TIME, LATE);
      case RATIO_TIERS -> Set.of(WHEN_NONE, TIERS);
      case PROPORTIONAL -> Set.of(WHEN_NONE);
      case DEDUCTION -> Set.of(PER_ITEM);
    };
  }

  /** The text of a rule's parameters, empty for a binary rule or no rule. */
  static String format(RuleDefinition rule, List<ScoringTier> tiers) {
    if (rule == null || rule.type() == null) {
      return "";
    }
    return switch (rule.type()) {
      case MANUAL -> pair(STEP, number(rule.step()));
      case BINARY -> "";
      case TIMELINESS ->
          pair(ON_TIME, number(rule.onTime())) + "; " + pair(LATE, number(rule.late()));
      case RATIO_TIERS -> pair(WHEN_NONE, whenNone(rule)) + "; " + pair(TIERS, tiers(tiers));
      case PROPORTIONAL -> pair(WHEN_NONE, whenNone(rule));
      case DEDUCTION -> pair(PER_ITEM, number(rule.perItem()));
    };
  }

  private static String pair(String name, String value) {
    return name + "=" + value;
  }

  private static String number(BigDecimal value) {
    return value == null ? "" : DecimalText.format(value);
  }

  private static String whenNone(RuleDefinition rule) {
    return rule.whenNone() == null ? "" : rule.whenNone().code();
  }

  static String tiers(List<ScoringTier> tiers) {
    return tiers.stream()
        .map(t -> DecimalText.format(t.minRatio()) + ":" + DecimalText.format(t.points()))
        .collect(Collectors.joining(", "));
  }

  /**
   * Splits the text into named values, names in lower case; null after reporting text that is not
   * {@code name=value} pairs or names one twice.
   */
  static Map<String, String> split(String text, ImportProblems problems, CellRef at) {
    Map<String, String> values = new LinkedHashMap<>();
    if (ValueReader.isBlank(text)) {
      return values;
    }
    int before = problems.count();
    for (String part : SEPARATOR.split(text)) {
      if (part.isBlank()) {
        continue;
      }
      Matcher pair = PAIR.matcher(part);
      if (!pair.matches()) {
        problems.add(at, "import.parameter.syntax", part.strip());
        continue;
      }
      String name = pair.group(1).toLowerCase(Locale.ROOT);
      if (values.putIfAbsent(name, pair.group(2)) != null) {
        problems.add(at, "import.parameter.duplicate", name);
      }
    }
    return problems.count() == before ? values : null;
  }

  /**
   * Builds the rule of a type from its named values, reporting at {@code at} every parameter that
   * is missing, not used by the type, or unreadable.
   */
  static Optional<RuleSpec> build(
      RuleType type, Map<String, String> values, ImportProblems problems, CellRef at) {
    int before = problems.count();
    Set<String> expected = of(type);
    values.keySet().stream()
        .filter(name -> !expected.contains(name))
        .forEach(name -> problems.add(at, "import.parameter.unknown", type.code(), name));
    expected.stream()
        .sorted()
        .filter(name -> ValueReader.isBlank(values.get(name)))
        .forEach(name -> problems.add(at, "import.parameter.missing", type.code(), name));
    if (problems.count() > before) {
      return Optional.empty();
    }
    Reader read = new Reader(values, problems, at);
    RuleDefinition definition =
        switch (type) {
          case MANUAL -> RuleDefinition.manual(read.positive(STEP));
          case BINARY -> RuleDefinition.binary();
          case TIMELINESS -> RuleDefinition.timeliness(read.fraction(ON_TIME), read.fraction(LATE));
          case RATIO_TIERS -> RuleDefinition.ratioTiers(read.whenNone());
          case PROPORTIONAL -> RuleDefinition.proportional(read.whenNone());
          case DEDUCTION -> RuleDefinition.deduction(read.positive(PER_ITEM));
        };
    List<ScoringTier> tiers = type == RuleType.RATIO_TIERS ? read.tiers() : List.of();
    return problems.count() > before
        ? Optional.empty()
        : Optional.of(new RuleSpec(definition, tiers));
  }

  /** Reads the values of one rule, reporting each unreadable one. */
  private record Reader(Map<String, String> values, ImportProblems problems, CellRef at) {

    BigDecimal number(String name) {
      String text = values.get(name).strip();
      Optional<BigDecimal> value = DecimalText.parse(text);
      if (value.isEmpty()) {
        problems.add(at, "import.parameter.number", name, text);
        return null;
      }
      if (!DecimalText.inRange(value.get())) {
        problems.add(at, "import.number.outOfRange", DecimalText.shown(text), DecimalText.LIMIT);
        return null;
      }
      return value.get();
    }

    BigDecimal positive(String name) {
      BigDecimal value = number(name);
      if (value != null && value.signum() <= 0) {
        problems.add(at, "import.parameter.positive", name, values.get(name).strip());
        return null;
      }
      return value;
    }

    /** A share of the max, as on time and late are. */
    BigDecimal fraction(String name) {
      BigDecimal value = number(name);
      if (value != null && (value.signum() < 0 || value.compareTo(BigDecimal.ONE) > 0)) {
        problems.add(at, "import.parameter.fraction", name, values.get(name).strip());
        return null;
      }
      return value;
    }

    WhenNone whenNone() {
      String text = values.get(WHEN_NONE).strip();
      try {
        return WhenNone.fromCode(text.toLowerCase(Locale.ROOT));
      } catch (IllegalArgumentException unknown) {
        problems.add(at, "import.parameter.whenNone", text);
        return null;
      }
    }

    List<ScoringTier> tiers() {
      String text = values.get(TIERS);
      Pattern separator = SPACED_COMMA.matcher(text).find() ? SPACED_COMMA : COMMA;
      List<ScoringTier> tiers = new ArrayList<>();
      for (String part : separator.split(text.strip())) {
        Matcher tier = TIER.matcher(part);
        Optional<BigDecimal> min = Optional.empty();
        Optional<BigDecimal> points = Optional.empty();
        if (tier.matches()) {
          min = DecimalText.parse(tier.group(1));
          points = DecimalText.parse(tier.group(2));
        }
        if (min.isEmpty() || points.isEmpty()) {
          problems.add(at, "import.parameter.tier", part.strip());
        } else if (!DecimalText.inRange(min.get()) || !DecimalText.inRange(points.get())) {
          problems.add(at, "import.number.outOfRange", DecimalText.shown(part), DecimalText.LIMIT);
        } else if (min.get().signum() < 0 || points.get().signum() < 0) {
          problems.add(at, "import.parameter.tierNegative", part.strip());
        } else {
          tiers.add(new ScoringTier(min.get(), points.get()));
        }
      }
      return tiers;
    }
  }
}
