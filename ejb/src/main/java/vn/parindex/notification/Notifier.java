package vn.parindex.notification;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.Instant;
import vn.parindex.assessment.Assessment;
import vn.parindex.organisation.Office;

/**
 * Turns each {@link OfficeNotified} into a mail. The log row is written inside the service's
 * transaction, so a rolled-back change leaves neither a row nor a mail; the mail itself goes out
 * only after the commit, on another thread, so a slow or failing SMTP server never delays or undoes
 * the user's change.
 */
@ApplicationScoped
public class Notifier {
  @Inject private EntityManager em;
  @EJB private MailOutbox outbox;

  private final MailSettings settings = MailSettings.fromEnvironment();

  void record(@Observes OfficeNotified event) {
    em.persist(
        new NotificationLog(
            event.id().toString(),
            em.getReference(Assessment.class, event.assessmentId()),
            em.getReference(Office.class, event.officeId()),
            event.kind(),
            event.argument(),
            event.day(),
            settings.mailOn(),
            Instant.now()));
  }

  void send(@Observes(during = TransactionPhase.AFTER_SUCCESS) OfficeNotified event) {
    if (settings.mailOn()) {
      outbox.deliver(event.id());
    }
  }
}
