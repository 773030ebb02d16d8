package vn.parindex.report;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.yaml.snakeyaml.Yaml;

/**
 * A scorecard built from the demo district index (every node of demo-index-district-2023.yaml, a
 * copy of shared/data) with made-up self-scores: a leaf earns its max, half or three quarters of
 * it, or is not scored; a parent sums its children as the EJB layer will.
 */
final class DemoScorecard {

  static final String[] ROMAN = {"I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX"};

  /** One node of the index with the score the fixture gave it. */
  private record Node(String code, String kind, String name, BigDecimal max, boolean survey) {}

  private final List<Node> nodes;
  private final Map<String, BigDecimal> scores = new LinkedHashMap<>();

  private DemoScorecard(List<Node> nodes) {
    this.nodes = nodes;
    for (int i = 0; i < nodes.size(); i++) {
      Node node = nodes.get(i);
      if (isLeaf(node) && !node.survey()) {
        scores.put(node.code(), madeUpScore(node.max(), i));
      }
    }
  }

  static DemoScorecard load() {
    try (InputStream in =
        DemoScorecard.class.getResourceAsStream("/demo-index-district-2023.yaml")) {
      Map<String, Object> index = new Yaml().load(in);
      @SuppressWarnings("unchecked")
      List<Map<String, Object>> raw = (List<Map<String, Object>>) index.get("nodes");
      List<Node> nodes = new ArrayList<>();
      for (Map<String, Object> n : raw) {
        nodes.add(
            new Node(
                String.valueOf(n.get("code")),
                String.valueOf(n.get("kind")),
                String.valueOf(n.get("name")),
                new BigDecimal(String.valueOf(n.get("max_points"))),
                "survey".equals(n.get("method"))));
      }
      return new DemoScorecard(nodes);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The names of the eight self-assessed areas, in order. */
  List<String> areaNames() {
    return nodes.stream()
        .filter(n -> n.kind().equals("area") && !n.survey())
        .map(Node::name)
        .toList();
  }

  BigDecimal totalMax() {
    return nodes.stream()
        .filter(n -> n.kind().equals("area"))
        .map(Node::max)
        .reduce(BigDecimal.ZERO, BigDecimal::add);
  }

  BigDecimal totalScore() {
    return nodes.stream()
        .filter(n -> n.kind().equals("area"))
        .map(n -> score(n.code()))
        .filter(s -> s != null)
        .reduce(BigDecimal.ZERO, BigDecimal::add);
  }

  Scorecard scorecard(LocalDate date, String signerName, String footnote) {
    return new Scorecard(
        "UBND TỈNH BÌNH ĐỊNH",
        "UBND HUYỆN AN LÃO",
        "BIỂU TỰ ĐÁNH GIÁ, CHẤM ĐIỂM CHỈ SỐ CẢI CÁCH HÀNH CHÍNH NĂM 2023",
        "Bộ chỉ số CCHC cấp huyện năm 2023 (dữ liệu minh họa), ban hành kèm theo Quyết định số"
            + " 3507/QĐ-UBND ngày 21/9/2023 của UBND tỉnh Bình Định",
        "An Lão",
        date,
        "KT. CHỦ TỊCH\nPHÓ CHỦ TỊCH",
        signerName,
        footnote,
        rows(),
        totalMax(),
        totalScore(),
        List.of());
  }

  Scorecard scorecard() {
    return scorecard(
        LocalDate.of(2026, 11, 28), "Nguyễn Văn An", "Điểm tối đa là dữ liệu minh họa");
  }

  private List<ScorecardRow> rows() {
    List<ScorecardRow> rows = new ArrayList<>();
    int area = 0;
    int criterion = 0;
    int component = 0;
    for (int i = 0; i < nodes.size(); i++) {
      Node node = nodes.get(i);
      String stt;
      RowLevel level;
      switch (node.kind()) {
        case "area" -> {
          stt = ROMAN[area++];
          level = RowLevel.AREA;
          criterion = 0;
        }
        case "criterion" -> {
          stt = String.valueOf(++criterion);
          level = RowLevel.CRITERION;
          component = 0;
        }
        default -> {
          stt = String.valueOf((char) ('a' + component++));
          level = RowLevel.COMPONENT;
        }
      }
      boolean leaf = isLeaf(node);
      rows.add(
          new ScorecardRow(
              stt,
              node.code(),
              node.name(),
              level,
              node.max(),
              score(node.code()),
              leaf && i % 3 == 0 ? "Báo cáo số " + (100 + i) + "/BC-UBND ngày 15/12/2023" : null,
              leaf && i % 7 == 0
                  ? "Đã thực hiện đầy đủ nhưng một số nhiệm vụ hoàn thành chậm so với kế hoạch"
                  : null,
              node.survey() ? "Sở Nội vụ chấm" : null));
    }
    return rows;
  }

  /**
   * A leaf's score, or a parent's sum of its scored children; null when nothing below is scored.
   */
  private BigDecimal score(String code) {
    if (scores.containsKey(code)) {
      return scores.get(code);
    }
    BigDecimal sum = null;
    for (Node child : children(code)) {
      BigDecimal s = score(child.code());
      if (s != null) {
        sum = sum == null ? s : sum.add(s);
      }
    }
    return sum;
  }

  private List<Node> children(String code) {
    return nodes.stream()
        .filter(
            n -> n.code().startsWith(code + ".") && n.code().indexOf('.', code.length() + 1) < 0)
        .toList();
  }

  private boolean isLeaf(Node node) {
    return children(node.code()).isEmpty();
  }

  /** Full, half, three quarters or nothing, in turn; every eleventh leaf is left unscored. */
  private static BigDecimal madeUpScore(BigDecimal max, int i) {
    if (i % 11 == 5) {
      return null;
    }
    BigDecimal share =
        switch (i % 4) {
          case 0, 3 -> BigDecimal.ONE;
          case 1 -> new BigDecimal("0.5");
          default -> new BigDecimal("0.75");
        };
    // points have two decimals, rounded half-up, as the domain keeps them
    return max.multiply(share).setScale(2, RoundingMode.HALF_UP);
  }
}
