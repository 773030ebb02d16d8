package vn.parindex.report;

import java.io.OutputStream;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.ResourceBundle;
import net.sf.jasperreports.engine.JRParameter;

/**
 * Renders the self-assessment report (báo cáo kết quả tự đánh giá) to the Chairman and the
 * Department of Home Affairs: A4 portrait, Decree 30/2020 layout (motto block, number and date
 * line, title, "Kính gửi", "Nơi nhận" and signature), the two tables' headers on every page they
 * continue on. Stateless and thread-safe.
 */
public final class SelfAssessmentResultReport {

  private static final String TEMPLATE = "self-assessment-report.jasper";
  private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

  /**
   * Writes the report to {@code out}, which is left open.
   *
   * @param locale the language of the labels; {@code null} means Vietnamese
   * @throws ReportRenderingException when the report cannot be filled or exported
   */
  public void render(
      SelfAssessmentResult result, ReportFormat format, Locale locale, OutputStream out) {
    Objects.requireNonNull(result, "result");
    Objects.requireNonNull(format, "format");
    Objects.requireNonNull(out, "out");
    Locale language = ReportRendering.languageOf(locale);
    ResourceBundle labels = ScorecardParameters.labels(language);
    ReportRendering.render(
        TEMPLATE,
        parameters(result, language, labels),
        new RowDataSource<>(lines(result, labels), SelfAssessmentLine::field),
        format,
        new ReportExporters.DocumentInfo(
            result.title().replace('\n', ' '), result.issuingBody(), language),
        out,
        "the self-assessment report");
  }

  /** The report as bytes, for a download. */
  public byte[] render(SelfAssessmentResult result, ReportFormat format, Locale locale) {
    return ReportRendering.toBytes(out -> render(result, format, locale, out));
  }

  /** The three sections as printed lines; the third only when the caller wrote something. */
  static List<SelfAssessmentLine> lines(SelfAssessmentResult result, ResourceBundle labels) {
    List<SelfAssessmentLine> lines = new ArrayList<>();
    String areas = labels.getString("selfReport.section.areas");
    for (SelfAssessmentResult.Area a : result.areas()) {
      lines.add(
          new SelfAssessmentLine(
              1,
              areas,
              "AREA",
              a.stt(),
              a.code(),
              a.name(),
              a.maxPoints(),
              a.points(),
              a.percent(),
              null,
              null));
    }
    SelfAssessmentResult.Totals t = result.totals();
    lines.add(
        total(
            areas,
            labels.getString("selfReport.selfAssessed"),
            t.selfAssessedMax(),
            t.selfAssessed(),
            null));
    if (t.surveyMax() != null && t.surveyMax().signum() > 0) {
      lines.add(
          total(
              areas,
              labels.getString("selfReport.survey"),
              t.surveyMax(),
              t.survey(),
              t.survey() == null ? labels.getString("selfReport.surveyNotEntered") : null));
    }
    lines.add(
        total(
            areas, labels.getString("selfReport.grandTotal"), t.totalMax(), t.grandTotal(), null));
    String band = t.band() == null ? "–" : BandNames.in(t.band(), labels);
    if (t.provisional()) {
      band = band + " (" + labels.getString("selfReport.provisional") + ")";
    }
    lines.add(
        new SelfAssessmentLine(
            1,
            areas,
            "TOTAL",
            null,
            null,
            labels.getString("selfReport.band"),
            null,
            null,
            null,
            band,
            null));
    if (t.provisional()) {
      lines.add(
          SelfAssessmentLine.paragraph(
              1,
              areas,
              "NOTE",
              labels.getString("selfReport.provisionalBecause")
                  + " "
                  + String.join("; ", t.reasons())
                  + "."));
    }

    String gaps = labels.getString("selfReport.section.gaps");
    if (result.gaps().isEmpty()) {
      lines.add(
          SelfAssessmentLine.paragraph(2, gaps, "NOTE", labels.getString("selfReport.noGaps")));
    }
    for (SelfAssessmentResult.Gap g : result.gaps()) {
      lines.add(
          new SelfAssessmentLine(
              2,
              gaps,
              "GAP",
              String.valueOf(g.stt()),
              g.code(),
              g.name(),
              g.maxPoints(),
              g.points(),
              null,
              g.issues(),
              g.explanation()));
    }

    if (result.hasDifficultiesOrProposals()) {
      String free = labels.getString("selfReport.section.difficulties");
      if (!SelfAssessmentResult.blank(result.difficulties())) {
        lines.add(
            SelfAssessmentLine.paragraph(
                3, free, "SUB", labels.getString("selfReport.difficulties")));
        paragraphs(lines, free, result.difficulties());
      }
      if (!SelfAssessmentResult.blank(result.proposals())) {
        lines.add(
            SelfAssessmentLine.paragraph(3, free, "SUB", labels.getString("selfReport.proposals")));
        paragraphs(lines, free, result.proposals());
      }
    }
    return lines;
  }

  private static void paragraphs(List<SelfAssessmentLine> lines, String heading, String text) {
    for (String paragraph : text.strip().split("\\R")) {
      if (!paragraph.isBlank()) {
        lines.add(SelfAssessmentLine.paragraph(3, heading, "P", paragraph.strip()));
      }
    }
  }

  private static SelfAssessmentLine total(
      String heading, String label, BigDecimal max, BigDecimal points, String text) {
    return new SelfAssessmentLine(
        1, heading, "TOTAL", null, null, label, max, points, percent(points, max), text, null);
  }

  static BigDecimal percent(BigDecimal points, BigDecimal max) {
    if (points == null || max == null || max.signum() == 0) {
      return null;
    }
    return points.multiply(HUNDRED).divide(max, 2, RoundingMode.HALF_UP);
  }

  private static Map<String, Object> parameters(
      SelfAssessmentResult result, Locale locale, ResourceBundle labels) {
    Map<String, Object> parameters = new HashMap<>();
    parameters.put(JRParameter.REPORT_LOCALE, locale);
    parameters.put(JRParameter.REPORT_RESOURCE_BUNDLE, labels);
    parameters.put("SUPERIOR_BODY", result.superiorBody());
    parameters.put("ISSUING_BODY", result.issuingBody());
    parameters.put(
        "NUMBER",
        SelfAssessmentResult.blank(result.number())
            ? labels.getString("selfReport.numberBlank")
            : result.number().strip());
    parameters.put("TITLE", result.title());
    parameters.put("PLACE", result.place());
    ScorecardParameters.putDate(parameters, result.date());
    parameters.put("RECIPIENTS", list(result.recipients(), true));
    parameters.put("INTRODUCTION", result.introduction());
    List<String> copies = new ArrayList<>(result.recipients());
    copies.add(labels.getString("selfReport.archive"));
    parameters.put("COPIES", list(copies, false));
    parameters.put("SIGNER_TITLE", result.signerTitle());
    parameters.put("SIGNER_NAME", result.signerName());
    parameters.put("PROVISIONAL", result.totals().provisional());
    return parameters;
  }

  /**
   * One addressee on the line of "Kính gửi:", several as "- ...;" lines, the last ending with a
   * full stop (as Decree 30/2020 writes them); the copies always as a list.
   */
  static String list(List<String> items, boolean singleInline) {
    if (items.isEmpty()) {
      return null;
    }
    if (singleInline && items.size() == 1) {
      return items.get(0) + ".";
    }
    StringBuilder text = new StringBuilder();
    for (int i = 0; i < items.size(); i++) {
      String item = items.get(i);
      text.append("- ").append(item);
      if (!item.endsWith(".") && !item.endsWith(";")) {
        text.append(i == items.size() - 1 ? "." : ";");
      }
      if (i < items.size() - 1) {
        text.append('\n');
      }
    }
    return text.toString();
  }
}
