package vn.parindex.notification;

import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import vn.parindex.assessment.Assessment;
import vn.parindex.catalogue.Criterion;
import vn.parindex.organisation.Office;

/**
 * The notification log as the outbox uses it: each call its own short transaction, so the SMTP
 * conversation between them holds no database connection.
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
public class NotificationRecords {
  @Inject private EntityManager em;

  private final MailSettings settings = MailSettings.fromEnvironment();

  /** The mail of a pending notification and its recipients; empty when it is not pending. */
  public Optional<Addressed> letter(UUID eventId) {
    return log(eventId)
        .filter(n -> n.outcome() == Delivery.PENDING)
        .map(n -> new Addressed(compose(n), recipients(n.office())));
  }

  public void settle(UUID eventId, Delivery outcome, String recipients, String detail) {
    log(eventId).ifPresent(n -> n.settle(outcome, recipients, detail, Instant.now()));
  }

  private Letter compose(NotificationLog n) {
    Assessment assessment = n.assessment();
    LetterFacts facts =
        new LetterFacts(
            assessment.id(),
            assessment.unit().name(),
            assessment.year(),
            n.office().name(),
            n.argument(),
            null,
            assessment.deadline(),
            ChronoUnit.DAYS.between(n.day(), assessment.deadline()),
            settings.portalUrl());
    if (n.kind() == NotificationKind.RETURNED) {
      facts = withCriterionName(facts, assessment);
    }
    return Letters.compose(n.kind(), facts, Letters.VIETNAMESE);
  }

  private LetterFacts withCriterionName(LetterFacts facts, Assessment assessment) {
    String name =
        assessment.version().nodes().stream()
            .filter(c -> c.code().toString().equals(facts.criterionCode()))
            .map(Criterion::name)
            .findFirst()
            .orElse(null);
    return new LetterFacts(
        facts.assessmentId(),
        facts.unitName(),
        facts.year(),
        facts.officeName(),
        facts.argument(),
        name,
        facts.deadline(),
        facts.daysLeft(),
        facts.portalUrl());
  }

  /** The enabled users of the office that have an e-mail address. */
  private List<String> recipients(Office office) {
    return em.createQuery(
            "select u.email from UserAccount u where u.office = :office and u.enabled = true"
                + " and u.email is not null order by u.username",
            String.class)
        .setParameter("office", office)
        .getResultList();
  }

  private Optional<NotificationLog> log(UUID eventId) {
    return em.createQuery(
            "select n from NotificationLog n where n.eventId = :eventId", NotificationLog.class)
        .setParameter("eventId", eventId.toString())
        .getResultStream()
        .findFirst();
  }
}
