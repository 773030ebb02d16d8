package vn.parindex.report;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.StringJoiner;
import org.yaml.snakeyaml.Yaml;

/**
 * A comparison of the demo district index (demo-index-district-2023.yaml) with a made-up revision
 * of it, with every kind of change: criterion 1.3 is removed and the criteria after it in area 1
 * move up (1.4 becomes 1.3 ...); "CCHC" and "TTHC" are spelt out in the names, which renames them;
 * some maxima grow by half a point; the late tier of every timeliness rule drops to a quarter and
 * some binary rules gain a half tier; two criteria are added. Rules are printed as human text.
 */
final class DemoComparison {

  static final String TITLE = "SO SÁNH HAI PHIÊN BẢN BỘ CHỈ SỐ CCHC";
  static final String BEFORE =
      "Bộ chỉ số CCHC cấp huyện năm 2023 (Quyết định số 3507/QĐ-UBND ngày 21/9/2023)";
  static final String AFTER =
      "Bộ chỉ số CCHC cấp huyện năm 2024, dự thảo sửa đổi (trình tại cuộc họp ngày 28/11/2026)";

  static final String ADDED_IN_AREA_1 = "Ứng dụng công nghệ số trong chỉ đạo, điều hành CCHC";
  static final String ADDED_IN_AREA_7 = "Tỷ lệ hồ sơ TTHC được số hóa ngay khi tiếp nhận";

  private final List<VersionChangeRow> rows;

  private DemoComparison(List<VersionChangeRow> rows) {
    this.rows = rows;
  }

  static DemoComparison load() {
    try (InputStream in =
        DemoComparison.class.getResourceAsStream("/demo-index-district-2023.yaml")) {
      Map<String, Object> index = new Yaml().load(in);
      @SuppressWarnings("unchecked")
      List<Map<String, Object>> nodes = (List<Map<String, Object>>) index.get("nodes");
      return new DemoComparison(compare(nodes));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  List<VersionChangeRow> rows() {
    return rows;
  }

  VersionComparisonSheet sheet(boolean includeUnchanged) {
    return sheet(TITLE, "UBND TỈNH BÌNH ĐỊNH", rows, includeUnchanged);
  }

  VersionComparisonSheet sheet(
      String title, String issuingBody, List<VersionChangeRow> rows, boolean includeUnchanged) {
    return new VersionComparisonSheet(
        issuingBody,
        title,
        BEFORE,
        AFTER,
        "Quy Nhơn",
        LocalDate.of(2026, 11, 28),
        rows,
        includeUnchanged);
  }

  /** The rows with this kind of change, counted here without the report's help. */
  int count(ChangeType type) {
    int n = 0;
    for (VersionChangeRow row : rows) {
      if (row.changes().contains(type)) {
        n++;
      }
    }
    return n;
  }

  /** A renamed criterion, for its two names. */
  VersionChangeRow renamed() {
    return rows.stream()
        .filter(r -> r.changes().equals(Set.of(ChangeType.RENAMED)))
        .findFirst()
        .orElseThrow();
  }

  /** Names of unchanged criteria that no changed row's name contains. */
  List<String> unchangedNames() {
    List<String> changed = new ArrayList<>();
    rows.stream()
        .filter(r -> !r.unchanged())
        .forEach(
            r -> {
              changed.add(String.valueOf(r.beforeName()));
              changed.add(String.valueOf(r.afterName()));
            });
    return rows.stream()
        .filter(VersionChangeRow::unchanged)
        .map(VersionChangeRow::afterName)
        .filter(name -> changed.stream().noneMatch(c -> c.contains(name)))
        .toList();
  }

  private static List<VersionChangeRow> compare(List<Map<String, Object>> nodes) {
    List<VersionChangeRow> rows = new ArrayList<>();
    for (int i = 0; i < nodes.size(); i++) {
      Map<String, Object> node = nodes.get(i);
      String code = String.valueOf(node.get("code"));
      String name = String.valueOf(node.get("name"));
      BigDecimal max = new BigDecimal(String.valueOf(node.get("max_points")));
      @SuppressWarnings("unchecked")
      Map<String, Object> scoring = (Map<String, Object>) node.get("scoring");
      String rule = describe(scoring, max, false);
      if (code.equals("1.3")) {
        rows.add(
            row(code, null, name, null, max, null, rule, null, EnumSet.of(ChangeType.REMOVED)));
        continue;
      }
      Set<ChangeType> changes = EnumSet.noneOf(ChangeType.class);
      String newCode = renumbered(code);
      if (!newCode.equals(code)) {
        changes.add(ChangeType.MOVED);
      }
      String newName =
          name.replace("CCHC", "cải cách hành chính").replace("TTHC", "thủ tục hành chính");
      if (!newName.equals(name)) {
        changes.add(ChangeType.RENAMED);
      }
      BigDecimal newMax = max;
      if (scoring != null && i % 5 == 2) {
        newMax = max.add(new BigDecimal("0.5"));
        changes.add(ChangeType.MAX_CHANGED);
      }
      boolean revised =
          scoring != null
              && ("timeliness".equals(scoring.get("type"))
                  || "binary".equals(scoring.get("type")) && i % 3 == 0);
      String newRule = describe(scoring, newMax, revised);
      if (revised) {
        changes.add(ChangeType.RULE_CHANGED);
      }
      if (code.equals("2.2.2")) {
        changes.add(ChangeType.DUE_CHANGED);
      }
      rows.add(row(code, newCode, name, newName, max, newMax, rule, newRule, changes));
      if (code.equals("1.8")) {
        rows.add(added("1.8", ADDED_IN_AREA_1, "1", "Có ứng dụng: 1 điểm; không có: 0"));
      }
      if (code.equals("7.5.6")) {
        rows.add(
            added(
                "7.5.7",
                ADDED_IN_AREA_7,
                "0.75",
                "Điểm = 0,75 × tỷ lệ hồ sơ được số hóa; không phát sinh: 0,75"));
      }
    }
    return rows;
  }

  private static VersionChangeRow added(String code, String name, String max, String rule) {
    return row(
        null,
        code,
        null,
        name,
        null,
        new BigDecimal(max),
        null,
        rule,
        EnumSet.of(ChangeType.ADDED));
  }

  private static VersionChangeRow row(
      String beforeCode,
      String afterCode,
      String beforeName,
      String afterName,
      BigDecimal beforeMax,
      BigDecimal afterMax,
      String beforeRule,
      String afterRule,
      Set<ChangeType> changes) {
    return new VersionChangeRow(
        beforeCode,
        afterCode,
        beforeName,
        afterName,
        beforeMax,
        afterMax,
        beforeRule,
        afterRule,
        changes);
  }

  /** Area 1 loses criterion 1.3: 1.4 becomes 1.3, 1.5.2 becomes 1.4.2 and so on. */
  private static String renumbered(String code) {
    String[] parts = code.split("\\.");
    if (parts.length >= 2 && parts[0].equals("1") && Integer.parseInt(parts[1]) > 3) {
      parts[1] = String.valueOf(Integer.parseInt(parts[1]) - 1);
      return String.join(".", parts);
    }
    return code;
  }

  /** A scoring rule as the meeting reads it; {@code revised} gives the new version's rule. */
  @SuppressWarnings("unchecked")
  private static String describe(Map<String, Object> scoring, BigDecimal max, boolean revised) {
    if (scoring == null) {
      return null;
    }
    String type = String.valueOf(scoring.get("type"));
    return switch (type) {
      case "binary" ->
          revised
              ? "Đạt: " + n(max) + "; đạt một phần: " + n(half(max)) + "; không đạt: 0"
              : "Đạt: " + n(max) + "; không đạt: 0";
      case "timeliness" -> {
        BigDecimal late =
            revised ? new BigDecimal("0.25") : new BigDecimal(String.valueOf(scoring.get("late")));
        yield "Đúng hạn: " + n(max) + "; chậm: " + n(max.multiply(late)) + "; không thực hiện: 0";
      }
      case "proportional" ->
          "Điểm = "
              + n(max)
              + " × tỷ lệ hoàn thành; không phát sinh: "
              + ("full".equals(scoring.get("when_none")) ? n(max) : "0");
      case "ratio_tiers" -> {
        StringJoiner tiers = new StringJoiner("; ");
        for (Map<String, Object> tier : (List<Map<String, Object>>) scoring.get("tiers")) {
          BigDecimal min = new BigDecimal(String.valueOf(tier.get("min")));
          String points = n(new BigDecimal(String.valueOf(tier.get("points"))));
          tiers.add(
              min.signum() == 0
                  ? "thấp hơn: " + points
                  : "tỷ lệ từ " + n(min.movePointRight(2)) + "%: " + points);
        }
        yield "T" + tiers.toString().substring(1);
      }
      case "manual" -> "Chấm từ 0 đến " + n(max) + ", bước " + n(number(scoring.get("step")));
      case "deduction" -> n(max) + " trừ " + n(number(scoring.get("per_item"))) + " mỗi vi phạm";
      default -> type;
    };
  }

  private static BigDecimal number(Object yaml) {
    return new BigDecimal(String.valueOf(yaml));
  }

  private static BigDecimal half(BigDecimal max) {
    return max.divide(BigDecimal.valueOf(2));
  }

  /** A number as Vietnamese print it: "1,5". */
  static String n(BigDecimal value) {
    return value.stripTrailingZeros().toPlainString().replace('.', ',');
  }
}
