package vn.parindex.report;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.io.Serializable;
import java.text.MessageFormat;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;
import vn.parindex.access.Roles;
import vn.parindex.assessment.Assessment;
import vn.parindex.consolidation.AreaRow;
import vn.parindex.consolidation.ConsolidationService;
import vn.parindex.consolidation.ConsolidationView;
import vn.parindex.consolidation.NodeRow;
import vn.parindex.consolidation.Totals;
import vn.parindex.organisation.AssessedUnit;
import vn.parindex.platform.BusinessException;

/**
 * The self-assessment report (báo cáo kết quả tự đánh giá) of a unit to its Chairman and the
 * Department of Home Affairs, written from the unit's consolidation (the same roll-up, totals and
 * band as the consolidation page and the scorecard) and the details the caller gives: number, date,
 * difficulties, proposals and signer. Who may see which unit is the consolidation's rule.
 */
@Stateless
@RolesAllowed({Roles.CONSOLIDATOR, Roles.LEADER, Roles.ADMIN})
public class SelfAssessmentReportService {
  /** The longest free text accepted for the difficulties or the proposals. */
  public static final int TEXT_LENGTH = 20_000;

  private static final String[] ROMAN = {
    "I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X", "XI", "XII"
  };

  @Inject private EntityManager em;
  @Inject private Clock clock;
  @EJB private ConsolidationService consolidation;

  private final SelfAssessmentResultReport report = new SelfAssessmentResultReport();

  /**
   * What the caller writes on the report; everything may be left out.
   *
   * @param number the number and sign, e.g. "125/BC-UBND"; blank leaves room to write it by hand
   * @param date the date of issue; {@code null} means today
   * @param difficulties the difficulties (khó khăn, vướng mắc), or blank
   * @param proposals the proposals (đề xuất, kiến nghị), or blank
   * @param signerTitle e.g. "KT. CHỦ TỊCH\nPHÓ CHỦ TỊCH"; blank means "TM. ỦY BAN NHÂN DÂN\nCHỦ
   *     TỊCH"
   * @param signerName the signer's name, or blank for none
   */
  public record ReportDetails(
      String number,
      LocalDate date,
      String difficulties,
      String proposals,
      String signerTitle,
      String signerName)
      implements Serializable {

    /** Nothing given: every default. */
    public static ReportDetails defaults() {
      return new ReportDetails(null, null, null, null, null, null);
    }
  }

  /**
   * The report as a file.
   *
   * @throws BusinessException naming the field when a text is too long
   * @throws vn.parindex.platform.NotFoundException when the assessment does not exist or the caller
   *     may not see it
   */
  public byte[] render(
      long assessmentId, ReportDetails details, ReportFormat format, Locale locale) {
    return report.render(result(assessmentId, details, locale), format, locale);
  }

  public SelfAssessmentResult result(long assessmentId, ReportDetails details, Locale locale) {
    Locale language = locale == null ? Locale.forLanguageTag("vi") : locale;
    // the consolidation refuses an assessment the caller may not read, before any input is judged
    ConsolidationView view = consolidation.consolidate(assessmentId);
    ReportDetails given = validated(details == null ? ReportDetails.defaults() : details);
    AssessedUnit unit = em.find(Assessment.class, assessmentId).unit();
    ResourceBundle messages =
        ResourceBundle.getBundle("vn.parindex.i18n.ServiceMessages", language);

    List<SelfAssessmentResult.Area> areas = new ArrayList<>();
    int n = 0;
    for (AreaRow a : view.areas()) {
      n++;
      areas.add(
          new SelfAssessmentResult.Area(
              n <= ROMAN.length ? ROMAN[n - 1] : String.valueOf(n),
              a.code(),
              a.name(),
              a.maxPoints(),
              a.points(),
              a.percent()));
    }
    Totals t = view.totals();
    SelfAssessmentResult.Totals totals =
        new SelfAssessmentResult.Totals(
            t.selfAssessedMax(),
            t.selfAssessed(),
            t.surveyMax(),
            t.survey(),
            t.totalMax(),
            t.grandTotal(),
            view.band(),
            view.provisional(),
            view.reasons().stream()
                .map(r -> messages.getString("selfReport.reason." + r.name()))
                .toList());
    return new SelfAssessmentResult(
        upper(unit.letterheadAbove(), language),
        upper(unit.name(), language),
        blank(given.number()) ? null : given.number().strip(),
        unit.placeName(),
        given.date() == null ? LocalDate.now(clock) : given.date(),
        format(messages, "selfReport.title", language, view.year(), unit.name()),
        recipients(unit, messages, language),
        format(messages, "selfReport.introduction", language, unit.name(), view.year()),
        areas,
        totals,
        gaps(view, messages),
        text(given.difficulties()),
        text(given.proposals()),
        blank(given.signerTitle())
            ? unit.headSignature().orElseGet(() -> messages.getString("selfReport.signerTitle"))
            : given.signerTitle().strip(),
        blank(given.signerName()) ? null : given.signerName().strip());
  }

  /**
   * The self-assessed leaves the province would question: not scored, no document linked, or points
   * below the max; each with what is wrong and the lead office's explanation.
   */
  private static List<SelfAssessmentResult.Gap> gaps(
      ConsolidationView view, ResourceBundle messages) {
    List<SelfAssessmentResult.Gap> gaps = new ArrayList<>();
    for (NodeRow row : view.nodes()) {
      if (!row.leaf() || row.survey()) {
        continue;
      }
      List<String> issues = new ArrayList<>();
      if (row.points() == null) {
        issues.add(messages.getString("selfReport.issue.unscored"));
      }
      if (row.evidenceCount() == 0) {
        issues.add(messages.getString("selfReport.issue.noEvidence"));
      }
      if (row.points() != null && row.points().compareTo(row.maxPoints()) < 0) {
        issues.add(messages.getString("selfReport.issue.belowMax"));
      }
      if (!issues.isEmpty()) {
        gaps.add(
            new SelfAssessmentResult.Gap(
                gaps.size() + 1,
                row.code(),
                row.name(),
                row.maxPoints(),
                row.points(),
                String.join("; ", issues),
                row.explanation()));
      }
    }
    return gaps;
  }

  /**
   * The unit's head, by its kind ("Giám đốc Sở Tư pháp"; "Chủ tịch UBND huyện An Lão" for a unit of
   * no kind), and "Sở Nội vụ tỉnh Bình Định" (from the superior body).
   */
  private static List<String> recipients(
      AssessedUnit unit, ResourceBundle messages, Locale locale) {
    String province =
        unit.superiorName() == null
            ? ""
            : unit.superiorName()
                .replaceFirst("(?iu)^(UBND|Ủy ban nhân dân|Uỷ ban nhân dân)\\s+", "")
                .strip();
    return List.of(
        unit.kind()
            .map(
                k ->
                    format(
                        messages, "selfReport.recipient.head", locale, k.headTitle(), unit.name()))
            .orElseGet(
                () -> format(messages, "selfReport.recipient.chairman", locale, unit.name())),
        format(messages, "selfReport.recipient.homeAffairs", locale, province).strip());
  }

  private static ReportDetails validated(ReportDetails details) {
    if (details.difficulties() != null && details.difficulties().length() > TEXT_LENGTH) {
      throw new BusinessException("selfReport.text.tooLong", TEXT_LENGTH).onField("difficulties");
    }
    if (details.proposals() != null && details.proposals().length() > TEXT_LENGTH) {
      throw new BusinessException("selfReport.text.tooLong", TEXT_LENGTH).onField("proposals");
    }
    if (details.number() != null && details.number().length() > 60) {
      throw new BusinessException("selfReport.number.tooLong", 60).onField("number");
    }
    return details;
  }

  private static String format(
      ResourceBundle messages, String key, Locale locale, Object... arguments) {
    return new MessageFormat(messages.getString(key), locale).format(arguments);
  }

  private static String text(String value) {
    return blank(value) ? null : value.strip();
  }

  private static boolean blank(String value) {
    return value == null || value.isBlank();
  }

  private static String upper(String text, Locale locale) {
    return text == null ? null : text.toUpperCase(locale);
  }
}
