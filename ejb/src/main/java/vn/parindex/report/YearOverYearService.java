package vn.parindex.report;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.math.BigDecimal;
import java.text.MessageFormat;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.ResourceBundle;
import java.util.StringJoiner;
import vn.parindex.access.Roles;
import vn.parindex.assessment.Assessment;
import vn.parindex.catalogue.ChangeKind;
import vn.parindex.catalogue.Criterion;
import vn.parindex.catalogue.CriterionChange;
import vn.parindex.catalogue.VersionComparison;
import vn.parindex.consolidation.Consolidation;
import vn.parindex.consolidation.UnitScores;
import vn.parindex.organisation.CallerAccount;
import vn.parindex.platform.BusinessException;
import vn.parindex.scoring.Points;

/**
 * Compares a unit's self-assessment with its assessment of an earlier year, by area and by
 * criterion. Both are consolidated exactly as the consolidation page does ({@link UnitScores}); the
 * nodes of the two indexes are matched as the comparison of versions matches them ({@link
 * VersionComparison}): through the links a revision keeps to the node it continues, so that a
 * criterion renamed or recoded since is still compared with itself, and by code between indexes
 * that are not revisions of one another.
 */
@Stateless
@RolesAllowed({Roles.CONSOLIDATOR, Roles.LEADER, Roles.ADMIN})
public class YearOverYearService {
  private static final String[] ROMAN = {
    "I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X", "XI", "XII"
  };

  @Inject private EntityManager em;
  @Inject private Clock clock;
  @EJB private CallerAccount caller;

  private final YearOverYearReport report = new YearOverYearReport();

  /**
   * The comparison as a file.
   *
   * @param previousId the earlier assessment of the same unit to compare with, or {@code null} for
   *     the latest one of an earlier year
   * @throws BusinessException (400) when the unit has no earlier assessment, or the one named is
   *     not an earlier assessment of the same unit
   */
  public byte[] render(long assessmentId, Long previousId, ReportFormat format, Locale locale) {
    return report.render(comparison(assessmentId, previousId, locale), format, locale);
  }

  public YearOverYear comparison(long assessmentId, Long previousId, Locale locale) {
    Locale language = locale == null ? Locale.forLanguageTag("vi") : locale;
    ResourceBundle messages =
        ResourceBundle.getBundle("vn.parindex.i18n.ServiceMessages", language);
    ReportAccess access = new ReportAccess(em, caller.get());
    Assessment current = access.assessment(assessmentId);
    Assessment previous =
        previousId == null ? latestEarlier(current) : chosenEarlier(access, current, previousId);

    Consolidation now = UnitScores.of(em, current).consolidate(current);
    Consolidation before = UnitScores.of(em, previous).consolidate(previous);
    Map<Long, CriterionChange> matches = new HashMap<>();
    for (CriterionChange change :
        VersionComparison.compare(previous.version(), current.version())) {
      if (change.after() != null) {
        matches.put(change.after().id(), change);
      }
    }

    List<YearOverYearRow> rows = new ArrayList<>();
    Numbering numbering = new Numbering();
    for (Criterion node : current.version().nodes()) {
      CriterionChange change = matches.get(node.id());
      Criterion earlier = change == null ? null : change.before();
      boolean renamed = change != null && change.kinds().contains(ChangeKind.RENAMED);
      rows.add(
          new YearOverYearRow(
              numbering.next(node),
              earlier == null ? null : earlier.code().toString(),
              node.code().toString(),
              node.name(),
              renamed ? earlier.name() : null,
              YearOverYearRow.Kind.valueOf(node.kind().name()),
              earlier == null ? null : earlier.maxPoints().toBigDecimal(),
              node.maxPoints().toBigDecimal(),
              earlier == null ? null : decimal(before.pointsOf(earlier.id()).orElse(null)),
              decimal(now.pointsOf(node.id()).orElse(null)),
              earlier == null,
              null,
              null,
              earlier == null ? null : note(change, messages)));
    }
    rows.add(
        total(
            messages.getString("yoy.selfAssessed"),
            before.selfAssessedMax(),
            now.selfAssessedMax(),
            before.selfAssessedTotal(),
            now.selfAssessedTotal()));
    if (now.surveyMax().toBigDecimal().signum() > 0
        || before.surveyMax().toBigDecimal().signum() > 0) {
      rows.add(
          total(
              messages.getString("yoy.survey"),
              before.surveyMax(),
              now.surveyMax(),
              before.surveyTotal().orElse(null),
              now.surveyTotal().orElse(null)));
    }
    rows.add(
        total(
            messages.getString("yoy.grandTotal"),
            before.totalMax(),
            now.totalMax(),
            before.grandTotal(),
            now.grandTotal()));
    rows.add(
        new YearOverYearRow(
            null,
            null,
            null,
            messages.getString("yoy.band"),
            null,
            YearOverYearRow.Kind.TOTAL,
            null,
            null,
            null,
            null,
            false,
            band(before, messages),
            band(now, messages),
            null));
    return new YearOverYear(
        upper(current.unit().letterheadAbove(), language),
        upper(current.unit().name(), language),
        new MessageFormat(messages.getString("yoy.title"), language)
            .format(new Object[] {current.year(), previous.year()}),
        new MessageFormat(messages.getString("yoy.subtitle"), language)
            .format(
                new Object[] {
                  current.unit().name(), previous.version().name(), current.version().name()
                }),
        current.unit().placeName(),
        LocalDate.now(clock),
        previous.year(),
        current.year(),
        rows,
        messages.getString("yoy.signerTitle"));
  }

  /** Whether the unit has an assessment of an earlier year to compare this one with. */
  public boolean hasEarlier(long assessmentId) {
    Assessment current = new ReportAccess(em, caller.get()).assessment(assessmentId);
    return em.createQuery(
                "select count(a) from Assessment a where a.unit = :unit and a.year < :year",
                Long.class)
            .setParameter("unit", current.unit())
            .setParameter("year", current.year())
            .getSingleResult()
        > 0;
  }

  /** The same unit's assessment of the latest earlier year (the last created of that year). */
  private Assessment latestEarlier(Assessment current) {
    return em.createQuery(
            "select a from Assessment a where a.unit = :unit and a.year < :year"
                + " order by a.year desc, a.id desc",
            Assessment.class)
        .setParameter("unit", current.unit())
        .setParameter("year", current.year())
        .setMaxResults(1)
        .getResultStream()
        .findFirst()
        .orElseThrow(
            () ->
                new BusinessException(
                    "yoy.noPrevious", current.unit().name(), String.valueOf(current.year())));
  }

  private static Assessment chosenEarlier(
      ReportAccess access, Assessment current, long previousId) {
    Assessment chosen = access.assessment(previousId);
    if (!chosen.unit().id().equals(current.unit().id()) || chosen.year() >= current.year()) {
      throw new BusinessException(
              "yoy.previous.invalid", String.valueOf(previousId), String.valueOf(current.year()))
          .onField("previous");
    }
    return chosen;
  }

  /** "Đổi tên, Đổi mã": what changed of a matched node, in the order of the kinds. */
  private static String note(CriterionChange change, ResourceBundle messages) {
    StringJoiner words = new StringJoiner(", ");
    for (ChangeKind kind : change.kinds()) {
      words.add(messages.getString("yoy.change." + kind.name()));
    }
    return words.length() == 0 ? null : words.toString();
  }

  private static YearOverYearRow total(
      String label, Points previousMax, Points max, Points previous, Points points) {
    return new YearOverYearRow(
        null,
        null,
        null,
        label,
        null,
        YearOverYearRow.Kind.TOTAL,
        decimal(previousMax),
        decimal(max),
        decimal(previous),
        decimal(points),
        false,
        null,
        null,
        null);
  }

  private static String band(Consolidation result, ResourceBundle messages) {
    String band = result.band().map(b -> BandNames.inLanguage(b, messages.getLocale())).orElse("–");
    return result.provisional() ? band + " " + messages.getString("yoy.provisional") : band;
  }

  private static BigDecimal decimal(Points points) {
    return points == null ? null : points.toBigDecimal();
  }

  private static String upper(String text, Locale locale) {
    return text == null ? null : text.toUpperCase(locale);
  }

  /** I, II … for areas; 1, 2 … for criteria within an area; a, b … for components. */
  private static final class Numbering {
    private int area;
    private int criterion;
    private int component;

    String next(Criterion node) {
      return switch (node.kind()) {
        case AREA -> {
          area++;
          criterion = 0;
          yield area <= ROMAN.length ? ROMAN[area - 1] : Integer.toString(area);
        }
        case CRITERION -> {
          criterion++;
          component = 0;
          yield Integer.toString(criterion);
        }
        case COMPONENT -> {
          component++;
          yield String.valueOf((char) ('a' + component - 1));
        }
      };
    }
  }
}
