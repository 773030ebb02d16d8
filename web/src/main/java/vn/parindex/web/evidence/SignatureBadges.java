package vn.parindex.web.evidence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import vn.parindex.evidence.SignatureView;

/**
 * The signing time of a badge (WEB-INF/includes/evidence/signature-badges.xhtml) on the clock of
 * the assessment calendar, and the due day of the "signed after the due date" badge: Faces converts
 * no {@link java.time.Instant}.
 */
@Named
@ApplicationScoped
public class SignatureBadges {
  private static final DateTimeFormatter MOMENT = DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm");
  private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy");

  @Inject private Clock clock;

  /** dd/MM/yyyy HH:mm in the calendar's zone, or empty when the signature does not say. */
  public String moment(SignatureView signature) {
    return signature.signedAt() == null
        ? ""
        : MOMENT.withZone(clock.getZone()).format(signature.signedAt());
  }

  /** A due day as dd/MM/yyyy, or empty. */
  public String day(LocalDate day) {
    return day == null ? "" : DAY.format(day);
  }
}
