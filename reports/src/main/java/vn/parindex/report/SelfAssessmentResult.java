package vn.parindex.report;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * The self-assessment report (báo cáo kết quả tự đánh giá) a unit sends to its Chairman and to the
 * provincial Department of Home Affairs: the result by area with the totals and band, the criteria
 * whose evidence is missing or whose points fall short of the max with their explanations, and the
 * difficulties and proposals the unit writes itself. Everything is already consolidated and worded
 * by the caller: the report only prints it.
 *
 * @param superiorBody the body above the issuer, or {@code null}
 * @param issuingBody the unit, e.g. "UBND HUYỆN AN LÃO"
 * @param number the number and sign, e.g. "125/BC-UBND", or {@code null} for a blank to fill in
 * @param place the place of issue, or {@code null}
 * @param date the date of issue
 * @param title e.g. "BÁO CÁO\nKết quả tự đánh giá, chấm điểm Chỉ số CCHC năm 2023"
 * @param recipients the addressees after "Kính gửi:"
 * @param introduction the opening paragraph, or {@code null}
 * @param areas one row per area, in index order
 * @param totals the totals and band of the consolidation
 * @param gaps the criteria with missing or partial evidence, in index order
 * @param difficulties the difficulties (khó khăn, vướng mắc), or {@code null}
 * @param proposals the proposals (đề xuất, kiến nghị), or {@code null}
 * @param signerTitle e.g. "TM. ỦY BAN NHÂN DÂN\nCHỦ TỊCH"
 * @param signerName the signer, or {@code null} for a blank line to sign on
 */
public record SelfAssessmentResult(
    String superiorBody,
    String issuingBody,
    String number,
    String place,
    LocalDate date,
    String title,
    List<String> recipients,
    String introduction,
    List<Area> areas,
    Totals totals,
    List<Gap> gaps,
    String difficulties,
    String proposals,
    String signerTitle,
    String signerName) {

  public SelfAssessmentResult {
    Objects.requireNonNull(issuingBody, "issuingBody");
    Objects.requireNonNull(date, "date");
    Objects.requireNonNull(title, "title");
    Objects.requireNonNull(totals, "totals");
    recipients = List.copyOf(recipients);
    areas = List.copyOf(areas);
    gaps = List.copyOf(gaps);
  }

  /** Whether the free-text section (khó khăn, vướng mắc và đề xuất, kiến nghị) is printed. */
  public boolean hasDifficultiesOrProposals() {
    return !blank(difficulties) || !blank(proposals);
  }

  static boolean blank(String text) {
    return text == null || text.isBlank();
  }

  /**
   * An area against its max.
   *
   * @param stt the running number as printed (I, II ...)
   * @param points null while nothing in it is scored
   * @param percent the points as a percentage of the max, or {@code null}
   */
  public record Area(
      String stt,
      String code,
      String name,
      BigDecimal maxPoints,
      BigDecimal points,
      BigDecimal percent) {
    public Area {
      Objects.requireNonNull(name, "name");
    }
  }

  /**
   * The totals of the consolidation.
   *
   * @param survey the survey points entered so far, or {@code null} when none is entered
   * @param band the band the grand total reaches, or {@code null}
   * @param provisional whether the result is still provisional (tạm tính)
   * @param reasons why it is provisional, in words
   */
  public record Totals(
      BigDecimal selfAssessedMax,
      BigDecimal selfAssessed,
      BigDecimal surveyMax,
      BigDecimal survey,
      BigDecimal totalMax,
      BigDecimal grandTotal,
      String band,
      boolean provisional,
      List<String> reasons) {
    public Totals {
      Objects.requireNonNull(selfAssessed, "selfAssessed");
      Objects.requireNonNull(grandTotal, "grandTotal");
      reasons = List.copyOf(reasons);
    }
  }

  /**
   * A criterion whose evidence is missing or partial.
   *
   * @param points the self-assessed points, or {@code null} when not scored
   * @param issues what is missing, in words ("Chưa có tài liệu kiểm chứng; ...")
   * @param explanation the lead office's explanation, or {@code null}
   */
  public record Gap(
      int stt,
      String code,
      String name,
      BigDecimal maxPoints,
      BigDecimal points,
      String issues,
      String explanation) {
    public Gap {
      Objects.requireNonNull(code, "code");
      Objects.requireNonNull(name, "name");
    }
  }
}
