package vn.parindex.catalogue;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import vn.parindex.scoring.CriterionCode;
import vn.parindex.scoring.Points;
import vn.parindex.scoring.WhenNone;

/**
 * A tiny index whose totals add up: two self-assessed areas (6 + 4 = 10) and a survey part S (5),
 * 15 in all.
 *
 * <pre>
 * 1     area          6
 * 1.1   binary        1
 * 1.2   ratio tiers   2   1.0 -> 2, 0.8 -> 1, 0 -> 0
 * 1.5   criterion     2
 * 1.5.1 ratio tiers   1   0.3 -> 1, 0.2 -> 0.5, 0 -> 0
 * 1.5.2 proportional  1
 * 1.6   manual 0.25   1
 * 2     area          4
 * 2.1   timeliness    2   on time 1, late 0.5
 * 2.2   deduction     2   0.5 per item
 * S     survey area   5
 * S.1   survey        3
 * S.2   survey        2
 * </pre>
 */
public final class IndexFixture {
  public static final DecisionRef DECISION_2023 =
      new DecisionRef("3507/QĐ-UBND", LocalDate.of(2023, 9, 21), "UBND tỉnh Bình Định");
  public static final DecisionRef DECISION_2024 =
      new DecisionRef("1200/QĐ-UBND", LocalDate.of(2024, 4, 2), "UBND tỉnh Bình Định");

  private IndexFixture() {}

  public static BigDecimal d(String value) {
    return new BigDecimal(value);
  }

  public static Points p(String value) {
    return Points.of(value);
  }

  public static CriterionCode c(String code) {
    return CriterionCode.of(code);
  }

  public static ScoringTier tier(String minRatio, String points) {
    return new ScoringTier(d(minRatio), d(points));
  }

  /** An empty draft whose parts add up: 10 self-assessed + 5 survey = 15. */
  public static IndexVersion emptyDraft() {
    return new IndexVersion(
        "Bộ chỉ số thử nghiệm 2023", "district", 2023, DECISION_2023, p("15"), p("10"), p("5"));
  }

  /** The sound draft pictured above: it has no problems and publishes. */
  public static IndexVersion soundDraft() {
    IndexVersion v = emptyDraft();
    area(v, "1", "Công tác chỉ đạo, điều hành CCHC", "6");
    leaf(v, "1.1", "Công tác tuyên truyền về CCHC", "1")
        .defineRule(RuleDefinition.binary(), List.of());
    leaf(v, "1.2", "Mức độ hoàn thành Kế hoạch CCHC năm", "2")
        .defineRule(
            RuleDefinition.ratioTiers(WhenNone.ZERO),
            List.of(tier("1.0", "2"), tier("0.8", "1"), tier("0", "0")));
    v.addNode(
        c("1.5"),
        NodeKind.CRITERION,
        "Công tác kiểm tra CCHC",
        p("2"),
        AssessmentMethod.SELF_ASSESSED);
    v.addNode(
            c("1.5.1"),
            NodeKind.COMPONENT,
            "Công tác kiểm tra CCHC",
            p("1"),
            AssessmentMethod.SELF_ASSESSED)
        .defineRule(
            RuleDefinition.ratioTiers(WhenNone.ZERO),
            List.of(tier("0.3", "1"), tier("0.2", "0.5"), tier("0", "0")));
    v.addNode(
            c("1.5.2"),
            NodeKind.COMPONENT,
            "Xử lý các vấn đề phát hiện sau kiểm tra",
            p("1"),
            AssessmentMethod.SELF_ASSESSED)
        .defineRule(RuleDefinition.proportional(WhenNone.FULL), List.of());
    leaf(v, "1.6", "Đổi mới, sáng tạo trong thực hiện nhiệm vụ CCHC", "1")
        .defineRule(RuleDefinition.manual(d("0.25")), List.of());
    area(v, "2", "Cải cách thủ tục hành chính", "4");
    leaf(v, "2.1", "Kế hoạch rà soát TTHC", "2")
        .defineRule(RuleDefinition.timeliness(d("1.0"), d("0.5")), List.of());
    leaf(v, "2.2", "Chấp hành kỷ luật, kỷ cương hành chính", "2")
        .defineRule(RuleDefinition.deduction(d("0.5")), List.of());
    v.addNode(c("S"), NodeKind.AREA, "Điều tra xã hội học", p("5"), AssessmentMethod.SURVEY);
    v.addNode(
        c("S.1"), NodeKind.CRITERION, "Hài lòng của người dân", p("3"), AssessmentMethod.SURVEY);
    v.addNode(c("S.2"), NodeKind.CRITERION, "Đánh giá của cán bộ", p("2"), AssessmentMethod.SURVEY);
    v.addBand("Tốt", d("12"));
    v.addBand("Yếu", d("0"));
    v.addBand("Khá", d("9"));
    return v;
  }

  /** The sound version, published. */
  public static IndexVersion published() {
    IndexVersion v = soundDraft();
    v.publish();
    return v;
  }

  public static Criterion area(IndexVersion v, String code, String name, String max) {
    return v.addNode(c(code), NodeKind.AREA, name, p(max), AssessmentMethod.SELF_ASSESSED);
  }

  /** A self-assessed criterion (two segments) without a rule yet. */
  public static Criterion leaf(IndexVersion v, String code, String name, String max) {
    return v.addNode(c(code), NodeKind.CRITERION, name, p(max), AssessmentMethod.SELF_ASSESSED);
  }

  public static Criterion node(IndexVersion v, String code) {
    return v.node(c(code)).orElseThrow(() -> new AssertionError("no node " + code));
  }

  public static List<String> codes(IndexVersion v) {
    return v.nodes().stream().map(n -> n.code().toString()).toList();
  }

  /**
   * The problems as comparable text, decimals written without trailing zeros so that 2 equals 2.00:
   * {@code "1.5: version.parent.sum[2, 3]"}.
   */
  public static List<String> described(List<VersionProblem> problems) {
    return problems.stream().map(IndexFixture::describe).toList();
  }

  public static String describe(VersionProblem problem) {
    return (problem.code() == null ? "" : problem.code() + ": ")
        + problem.messageKey()
        + Arrays.stream(problem.arguments()).map(IndexFixture::plain).toList();
  }

  private static String plain(Object argument) {
    return argument instanceof BigDecimal b
        ? b.stripTrailingZeros().toPlainString()
        : Objects.toString(argument);
  }
}
