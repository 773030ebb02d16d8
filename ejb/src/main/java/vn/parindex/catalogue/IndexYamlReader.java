package vn.parindex.catalogue;

import java.io.InputStream;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Map;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;
import vn.parindex.scoring.CriterionCode;
import vn.parindex.scoring.Points;
import vn.parindex.scoring.RuleType;
import vn.parindex.scoring.WhenNone;

/**
 * Reads an index in the YAML format of the demo file (a version header, then nodes in tree order)
 * into a new draft {@link IndexVersion}.
 */
public class IndexYamlReader {

  public IndexVersion read(InputStream yaml) {
    Map<String, Object> document = new Yaml(new SafeConstructor(new LoaderOptions())).load(yaml);
    IndexVersion version = version(map(document.get("version")));
    for (Object node : list(document.get("nodes"))) {
      addNode(version, map(node));
    }
    return version;
  }

  private IndexVersion version(Map<String, Object> header) {
    Map<String, Object> decision = map(header.get("decision"));
    IndexVersion version =
        new IndexVersion(
            text(header, "name"),
            text(header, "unit_level"),
            ((Number) header.get("year")).intValue(),
            new DecisionRef(
                text(decision, "number"), date(decision.get("date")), text(decision, "issuer")),
            points(header.get("total_max")),
            points(header.get("self_assessed_max")),
            points(header.get("survey_max")));
    for (Object band : list(header.get("bands"))) {
      Map<String, Object> b = map(band);
      version.addBand(text(b, "label"), decimal(b.get("min")));
    }
    return version;
  }

  private void addNode(IndexVersion version, Map<String, Object> node) {
    Object method = node.get("method");
    Criterion criterion =
        version.addNode(
            CriterionCode.of(text(node, "code")),
            NodeKind.fromCode(text(node, "kind")),
            text(node, "name"),
            points(node.get("max_points")),
            method == null
                ? AssessmentMethod.SELF_ASSESSED
                : AssessmentMethod.fromCode(method.toString()));
    if (Boolean.TRUE.equals(node.get("name_inferred"))) {
      criterion.markNameInferred();
    }
    if (node.get("scoring") != null) {
      Map<String, Object> scoring = map(node.get("scoring"));
      criterion.defineRule(rule(scoring), tiers(scoring));
    }
  }

  private RuleDefinition rule(Map<String, Object> scoring) {
    RuleType type = RuleType.fromCode(text(scoring, "type"));
    return switch (type) {
      case MANUAL -> RuleDefinition.manual(decimal(scoring.getOrDefault("step", "0.25")));
      case BINARY -> RuleDefinition.binary();
      case TIMELINESS ->
          RuleDefinition.timeliness(decimal(scoring.get("on_time")), decimal(scoring.get("late")));
      case RATIO_TIERS -> RuleDefinition.ratioTiers(whenNone(scoring));
      case PROPORTIONAL -> RuleDefinition.proportional(whenNone(scoring));
      case DEDUCTION -> RuleDefinition.deduction(decimal(scoring.get("per_item")));
    };
  }

  private List<ScoringTier> tiers(Map<String, Object> scoring) {
    List<ScoringTier> tiers = new ArrayList<>();
    for (Object tier : list(scoring.get("tiers"))) {
      Map<String, Object> t = map(tier);
      tiers.add(new ScoringTier(decimal(t.get("min")), decimal(t.get("points"))));
    }
    return tiers;
  }

  private static WhenNone whenNone(Map<String, Object> scoring) {
    return WhenNone.fromCode(String.valueOf(scoring.getOrDefault("when_none", "zero")));
  }

  @SuppressWarnings("unchecked")
  private static Map<String, Object> map(Object value) {
    if (!(value instanceof Map)) {
      throw new IllegalArgumentException("Expected a mapping, found " + value);
    }
    return (Map<String, Object>) value;
  }

  private static List<?> list(Object value) {
    return value == null ? List.of() : (List<?>) value;
  }

  private static String text(Map<String, Object> map, String key) {
    Object value = map.get(key);
    if (value == null) {
      throw new IllegalArgumentException("Missing " + key + " in " + map);
    }
    return value.toString();
  }

  private static BigDecimal decimal(Object value) {
    return new BigDecimal(value.toString());
  }

  private static Points points(Object value) {
    return Points.of(decimal(value));
  }

  private static LocalDate date(Object value) {
    if (value instanceof Date d) {
      return d.toInstant().atZone(ZoneOffset.UTC).toLocalDate();
    }
    return LocalDate.parse(value.toString());
  }
}
