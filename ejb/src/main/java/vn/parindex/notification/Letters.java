package vn.parindex.notification;

import java.text.MessageFormat;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.ResourceBundle;

/**
 * Writes notification e-mails from the bundle {@code vn/parindex/i18n/MailMessages} (Vietnamese by
 * default, English). Plain Java, so the wording is tested without a server.
 */
public final class Letters {
  public static final Locale VIETNAMESE = Locale.forLanguageTag("vi");
  private static final String BUNDLE = "vn.parindex.i18n.MailMessages";
  private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy");

  private Letters() {}

  /** The mail for this kind of notification, in the given language. */
  public static Letter compose(NotificationKind kind, LetterFacts facts, Locale locale) {
    ResourceBundle bundle =
        ResourceBundle.getBundle(
            BUNDLE,
            locale,
            ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
    String year = String.valueOf(facts.year());
    String prefix = kind.name().toLowerCase(Locale.ROOT);
    Object[] args =
        switch (kind) {
          case SUBMITTED ->
              new Object[] {
                facts.argument(), year, facts.unitName(), facts.officeName(), reviewLink(facts)
              };
          case RETURNED ->
              new Object[] {
                facts.criterionCode(),
                year,
                facts.unitName(),
                facts.officeName(),
                criteriaLink(facts),
                facts.criterionName() == null ? "" : facts.criterionName(),
                facts.comment()
              };
          case APPRAISED ->
              new Object[] {
                facts.argument(), year, facts.unitName(), facts.officeName(), appraisalLink(facts)
              };
          case REMINDER ->
              new Object[] {
                String.valueOf(facts.daysLeft()),
                year,
                facts.unitName(),
                facts.officeName(),
                criteriaLink(facts),
                facts.deadline().format(DAY)
              };
        };
    String subject = format(bundle, "mail." + prefix + ".subject", locale, args);
    String body =
        format(bundle, "mail." + prefix + ".body", locale, args)
            + "\n\n"
            + bundle.getString("mail.footer");
    return new Letter(subject, body);
  }

  private static String format(ResourceBundle bundle, String key, Locale locale, Object[] args) {
    return new MessageFormat(bundle.getString(key), locale).format(args);
  }

  private static String reviewLink(LetterFacts facts) {
    return facts.portalUrl() + "assessment/review.xhtml?assessment=" + facts.assessmentId();
  }

  private static String appraisalLink(LetterFacts facts) {
    return facts.portalUrl() + "appraisal/result.xhtml?assessment=" + facts.assessmentId();
  }

  private static String criteriaLink(LetterFacts facts) {
    return facts.portalUrl() + "assessment/criteria.xhtml?assessment=" + facts.assessmentId();
  }
}
