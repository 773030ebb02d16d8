package vn.parindex.report;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * The summary of one unit's appraisal (bảng tổng hợp kết quả thẩm định): every criterion with the
 * unit's own score, the score after round 1, the final score, the difference, the appraisers'
 * reason and the unit's explanation, area subtotals and the totals, signed by the support team and
 * the council's chair. Header lines and signer titles are data: they follow the kind of unit.
 *
 * @param superiorBody the body above the issuer, e.g. "UBND TỈNH GIA LAI", or {@code null}
 * @param issuingBody e.g. "HỘI ĐỒNG THẨM ĐỊNH CHỈ SỐ CCHC"; may hold a line break
 * @param title e.g. "BẢNG TỔNG HỢP KẾT QUẢ THẨM ĐỊNH CHỈ SỐ CCHC NĂM 2025"
 * @param subtitle the unit appraised, e.g. "Đơn vị: UBND xã Ia Grai", or {@code null}
 * @param place the place of issue, or {@code null}
 * @param date the date of issue
 * @param areas the areas in index order
 * @param supportTeam the support team's signature (left), e.g. "TỔ GIÚP VIỆC"
 * @param chair the council chair's signature (right), e.g. "CHỦ TỊCH HỘI ĐỒNG"
 * @param footnote printed small under the table, or {@code null}
 * @param rounds the campaign's number of appraisal rounds (1 to 3): the columns between the unit's
 *     own score and the final one are the rounds before the last (none, round 1, rounds 1 and 2)
 * @param boundedTotal the index as the version caps or floors it, when that differs from the sum of
 *     the lines; {@code null} otherwise
 * @param totalNote says how the printed total was bounded ("Tổng cộng 103,5 điểm, tính tối đa 100
 *     điểm"), or {@code null}
 */
public record AppraisalSummary(
    String superiorBody,
    String issuingBody,
    String title,
    String subtitle,
    String place,
    LocalDate date,
    List<AppraisalArea> areas,
    Signer supportTeam,
    Signer chair,
    String footnote,
    int rounds,
    BigDecimal boundedTotal,
    String totalNote) {

  private static final String[] ROMAN = {
    "I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X", "XI", "XII", "XIII", "XIV", "XV"
  };

  public AppraisalSummary {
    Objects.requireNonNull(issuingBody, "issuingBody");
    Objects.requireNonNull(title, "title");
    Objects.requireNonNull(date, "date");
    Objects.requireNonNull(supportTeam, "supportTeam");
    Objects.requireNonNull(chair, "chair");
    areas = List.copyOf(areas);
    if (rounds < 1 || rounds > 3) {
      throw new IllegalArgumentException("A campaign has one to three rounds: " + rounds);
    }
  }

  /** The summary of a campaign of two rounds whose total is the sum of its lines. */
  public AppraisalSummary(
      String superiorBody,
      String issuingBody,
      String title,
      String subtitle,
      String place,
      LocalDate date,
      List<AppraisalArea> areas,
      Signer supportTeam,
      Signer chair,
      String footnote) {
    this(
        superiorBody,
        issuingBody,
        title,
        subtitle,
        place,
        date,
        areas,
        supportTeam,
        chair,
        footnote,
        2,
        null,
        null);
  }

  public BigDecimal totalMax() {
    return areas.stream().map(AppraisalArea::maxPoints).reduce(BigDecimal.ZERO, BigDecimal::add);
  }

  public BigDecimal totalSelf() {
    return areas.stream().map(AppraisalArea::selfPoints).reduce(BigDecimal.ZERO, BigDecimal::add);
  }

  public BigDecimal totalRoundOne() {
    return areas.stream()
        .map(AppraisalArea::roundOnePoints)
        .reduce(BigDecimal.ZERO, BigDecimal::add);
  }

  public BigDecimal totalRoundTwo() {
    return areas.stream()
        .map(AppraisalArea::roundTwoPoints)
        .reduce(BigDecimal.ZERO, BigDecimal::add);
  }

  /** The sum of the final lines (survey, bonus and penalty lines included). */
  public BigDecimal totalFinal() {
    return areas.stream().map(AppraisalArea::finalPoints).reduce(BigDecimal.ZERO, BigDecimal::add);
  }

  /** The total the sheet prints: the bounded index where the version bounds it, else the sum. */
  public BigDecimal printedTotal() {
    return boundedTotal != null ? boundedTotal : totalFinal();
  }

  /** The table in print order: each area with its subtotals, then its criteria. */
  public List<AppraisalSummaryRow> rows() {
    List<AppraisalSummaryRow> rows = new ArrayList<>();
    for (int a = 0; a < areas.size(); a++) {
      AppraisalArea area = areas.get(a);
      rows.add(
          new AppraisalSummaryRow(
              a < ROMAN.length ? ROMAN[a] : area.code(),
              area.code(),
              area.name(),
              RowLevel.AREA,
              area.maxPoints(),
              area.selfPoints(),
              area.roundOnePoints(),
              area.roundTwoPoints(),
              area.finalPoints(),
              null,
              null));
      addLines(rows, area.lines());
    }
    return rows;
  }

  /** Criteria numbered 1, 2 ... within the area, components a, b ... within their criterion. */
  private static void addLines(List<AppraisalSummaryRow> rows, List<AppraisalLine> lines) {
    int criterion = 0;
    int component = 0;
    for (int i = 0; i < lines.size(); i++) {
      AppraisalLine line = lines.get(i);
      String stt;
      if (line.level() == RowLevel.COMPONENT) {
        stt = component < 26 ? String.valueOf((char) ('a' + component)) : line.code();
        component++;
      } else {
        stt = Integer.toString(++criterion);
        component = 0;
      }
      if (line.heading()) {
        List<AppraisalLine> parts = new ArrayList<>();
        for (int j = i + 1; j < lines.size() && lines.get(j).level() == RowLevel.COMPONENT; j++) {
          parts.add(lines.get(j));
        }
        rows.add(
            new AppraisalSummaryRow(
                stt,
                line.code(),
                line.name(),
                RowLevel.CRITERION,
                AppraisalArea.sum(parts, AppraisalLine::maxPoints),
                AppraisalArea.sum(parts, AppraisalLine::selfPoints),
                AppraisalArea.sum(parts, AppraisalArea::standingAfterRoundOne),
                AppraisalArea.sum(parts, AppraisalArea::standingAfterRoundTwo),
                AppraisalArea.sum(parts, AppraisalLine::finalPoints),
                null,
                null));
      } else {
        rows.add(
            new AppraisalSummaryRow(
                stt,
                line.code(),
                line.name(),
                line.level(),
                line.maxPoints(),
                line.selfPoints(),
                line.roundOnePoints(),
                line.roundTwoPoints(),
                line.finalPoints(),
                line.reason(),
                line.explanation()));
      }
    }
  }
}
