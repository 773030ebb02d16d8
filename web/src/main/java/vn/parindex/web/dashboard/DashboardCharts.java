package vn.parindex.web.dashboard;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import vn.parindex.assessment.OfficeProgress;
import vn.parindex.assessment.SelfScoreStatus;
import vn.parindex.consolidation.AreaRow;
import vn.parindex.dashboard.UnitTotal;

/**
 * The Chart.js configurations of the dashboard's charts, as the JSON p:chart takes. Labels come
 * translated; the figures are the service's as they are, so a chart can be checked against the API.
 */
final class DashboardCharts {
  /**
   * One colour per status, the same hues as the status tags of the other pages (portal.css
   * status-*), a shade darker so that a bar stands out on white.
   */
  static final Map<SelfScoreStatus, String> STATUS_COLOURS =
      Map.of(
          SelfScoreStatus.NOT_STARTED, "#9aa5b1",
          SelfScoreStatus.DRAFT, "#42a5f5",
          SelfScoreStatus.SUBMITTED, "#7e57c2",
          SelfScoreStatus.RETURNED, "#fb8c00",
          SelfScoreStatus.ACCEPTED, "#43a047");

  /** The order of the stacked bars: from not started to accepted. */
  static final List<SelfScoreStatus> STATUS_ORDER =
      List.of(
          SelfScoreStatus.NOT_STARTED,
          SelfScoreStatus.DRAFT,
          SelfScoreStatus.SUBMITTED,
          SelfScoreStatus.RETURNED,
          SelfScoreStatus.ACCEPTED);

  private static final String MAX_COLOUR = "#d5dae1";
  private static final String POINTS_COLOUR = "#a3111d";

  private DashboardCharts() {}

  static int count(OfficeProgress office, SelfScoreStatus status) {
    return switch (status) {
      case NOT_STARTED -> office.notStarted();
      case DRAFT -> office.draft();
      case SUBMITTED -> office.submitted();
      case ACCEPTED -> office.accepted();
      case RETURNED -> office.returned();
    };
  }

  /** Offices down, criteria across, one stacked bar per office coloured by status. */
  static String progress(
      List<OfficeProgress> offices, Function<SelfScoreStatus, String> label, String axisTitle) {
    JsonArrayBuilder datasets = Json.createArrayBuilder();
    for (SelfScoreStatus status : STATUS_ORDER) {
      JsonArrayBuilder data = Json.createArrayBuilder();
      offices.forEach(o -> data.add(count(o, status)));
      datasets.add(
          Json.createObjectBuilder()
              .add("label", label.apply(status))
              .add("status", status.name())
              .add("data", data)
              .add("backgroundColor", STATUS_COLOURS.get(status)));
    }
    JsonArrayBuilder labels = Json.createArrayBuilder();
    offices.forEach(o -> labels.add(o.officeName()));
    return forScript(horizontalBar(labels, datasets, true, axisTitle));
  }

  /** Areas down, points across: the max and the consolidated points of each area. */
  static String areas(List<AreaRow> areas, String maxLabel, String pointsLabel, String axisTitle) {
    JsonArrayBuilder labels = Json.createArrayBuilder();
    JsonArrayBuilder max = Json.createArrayBuilder();
    JsonArrayBuilder points = Json.createArrayBuilder();
    for (AreaRow area : areas) {
      labels.add(area.code() + ". " + shorten(area.name()));
      max.add(area.maxPoints());
      addOrNull(points, area.points());
    }
    JsonArrayBuilder datasets =
        Json.createArrayBuilder()
            .add(dataset(pointsLabel, "points", points, POINTS_COLOUR))
            .add(dataset(maxLabel, "max", max, MAX_COLOUR));
    return forScript(horizontalBar(labels, datasets, false, axisTitle));
  }

  /** Units across, their grand total beside the max. */
  static String units(List<UnitTotal> units, String maxLabel, String totalLabel) {
    JsonArrayBuilder labels = Json.createArrayBuilder();
    JsonArrayBuilder max = Json.createArrayBuilder();
    JsonArrayBuilder totals = Json.createArrayBuilder();
    for (UnitTotal unit : units) {
      labels.add(unit.unitName());
      max.add(unit.totalMax());
      totals.add(unit.grandTotal());
    }
    JsonArrayBuilder datasets =
        Json.createArrayBuilder()
            .add(dataset(totalLabel, "grandTotal", totals, POINTS_COLOUR))
            .add(dataset(maxLabel, "max", max, MAX_COLOUR));
    return forScript(
        Json.createObjectBuilder()
            .add("type", "bar")
            .add("data", Json.createObjectBuilder().add("labels", labels).add("datasets", datasets))
            .add("options", options(false, "y", null))
            .build());
  }

  /**
   * The configuration as JSON that may stand inside an HTML script element: p:chart writes it into
   * the page's script as it is, so a name holding {@code </script>} would end the script and the
   * rest would be read as markup. The characters that matter to HTML (and the two line separators
   * that end a line in older JavaScript) can only occur inside JSON strings, where their JSON
   * escapes stand for the same text: Chart.js then draws the name as plain text.
   */
  static String forScript(JsonObject config) {
    String json = config.toString();
    StringBuilder safe = new StringBuilder(json.length() + 16);
    for (int i = 0; i < json.length(); i++) {
      char c = json.charAt(i);
      switch (c) {
        case '<', '>', '&', '\u2028', '\u2029' -> safe.append(String.format("\\u%04x", (int) c));
        default -> safe.append(c);
      }
    }
    return safe.toString();
  }

  private static JsonObjectBuilder dataset(
      String label, String key, JsonArrayBuilder data, String colour) {
    return Json.createObjectBuilder()
        .add("label", label)
        .add("key", key)
        .add("data", data)
        .add("backgroundColor", colour);
  }

  private static JsonObject horizontalBar(
      JsonArrayBuilder labels, JsonArrayBuilder datasets, boolean stacked, String axisTitle) {
    return Json.createObjectBuilder()
        .add("type", "bar")
        .add("data", Json.createObjectBuilder().add("labels", labels).add("datasets", datasets))
        .add("options", options(stacked, "x", axisTitle).add("indexAxis", "y"))
        .build();
  }

  private static JsonObjectBuilder options(boolean stacked, String valueAxis, String axisTitle) {
    JsonObjectBuilder value =
        Json.createObjectBuilder().add("stacked", stacked).add("beginAtZero", true);
    if (axisTitle != null) {
      value.add("title", Json.createObjectBuilder().add("display", true).add("text", axisTitle));
    }
    String categoryAxis = "x".equals(valueAxis) ? "y" : "x";
    return Json.createObjectBuilder()
        .add("responsive", true)
        .add("maintainAspectRatio", false)
        .add("animation", false)
        .add(
            "scales",
            Json.createObjectBuilder()
                .add(valueAxis, value)
                .add(categoryAxis, Json.createObjectBuilder().add("stacked", stacked)))
        .add(
            "plugins",
            Json.createObjectBuilder()
                .add("legend", Json.createObjectBuilder().add("position", "bottom")));
  }

  private static void addOrNull(JsonArrayBuilder array, BigDecimal value) {
    if (value == null) {
      array.addNull();
    } else {
      array.add(value);
    }
  }

  /** An area's name cut to fit beside the bar; the table under the chart has it whole. */
  private static String shorten(String name) {
    return name.length() <= 40 ? name : name.substring(0, 39).strip() + "…";
  }
}
