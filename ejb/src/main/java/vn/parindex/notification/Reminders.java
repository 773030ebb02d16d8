package vn.parindex.notification;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.Timeout;
import jakarta.ejb.TimerConfig;
import jakarta.ejb.TimerService;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceException;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.logging.Level;
import java.util.logging.Logger;
import vn.parindex.access.Roles;
import vn.parindex.assessment.Assessment;
import vn.parindex.assessment.OfficeNotice;
import vn.parindex.assessment.SelfScoreStatus;
import vn.parindex.organisation.CallerAccount;
import vn.parindex.organisation.Office;

/**
 * Reminds offices of the deadline. Every morning at 07:00 of the assessment calendar (not of the
 * server's zone), for each assessment whose deadline is at most {@link MailSettings#reminderDays()}
 * days away (and not past), each office that still has a criterion not submitted (not started,
 * draft or returned) gets a portal notice and a mail, at most one per assessment and day. A
 * singleton, so the daily run and an administrator's run never overlap on one node.
 *
 * <p>In a cluster every node runs the reminders at the same time. The log's unique reminder day
 * settles the race in the database: the node that inserts second waits for the first one's
 * transaction, then fails and undoes its whole pass, so no office gets two notices or two mails; if
 * the first node dies before committing, the second one's pass goes through.
 */
@Singleton
@Startup
public class Reminders {
  private static final Logger LOG = Logger.getLogger(Reminders.class.getName());

  /** SQLSTATE of a unique index refusing a row, the same in PostgreSQL and H2. */
  private static final String UNIQUE_VIOLATION = "23505";

  private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy");

  @Inject private EntityManager em;
  @EJB private CallerAccount caller;
  @Inject private Event<OfficeNotified> notified;
  @Inject private Clock clock;
  @Resource private TimerService timers;
  @Resource private SessionContext context;

  private final MailSettings settings = MailSettings.fromEnvironment();

  @PostConstruct
  void announce() {
    if (settings.mailOn()) {
      LOG.info(() -> "Notification mail on, through " + settings.describe());
    } else {
      LOG.info(
          "Notification mail off (no "
              + MailSettings.HOST_ENV
              + "): notifications appear in the portal only");
    }
    // a programmatic timer, because an annotation cannot take the configured zone
    timers.createCalendarTimer(
        ReminderSchedule.fromEnvironment().in(clock.getZone()),
        new TimerConfig("deadline reminders", false));
  }

  @Timeout
  @PermitAll
  void daily() {
    try {
      int reminded = pass(LocalDate.now(clock));
      LOG.info(() -> "Deadline reminders sent to " + reminded + " office(s)");
    } catch (PersistenceException e) {
      if (remindedElsewhere(e)) {
        context.setRollbackOnly();
        LOG.info(
            () -> "Another node sent today's deadline reminders first; this node's run is undone");
      } else {
        LOG.log(Level.WARNING, "The daily deadline reminders failed", e);
      }
    } catch (RuntimeException e) {
      LOG.log(Level.WARNING, "The daily deadline reminders failed", e);
    }
  }

  /** The unique reminder day refused an insert: another node of the cluster reminded first. */
  private static boolean remindedElsewhere(Throwable e) {
    for (Throwable cause = e; cause != null; cause = cause.getCause()) {
      if (cause instanceof SQLException sql && UNIQUE_VIOLATION.equals(sql.getSQLState())) {
        return true;
      }
    }
    return false;
  }

  /**
   * Runs the reminder pass as it would run on the given day: for tests, and for an administrator
   * who wants the reminders again (an office already reminded that day is not reminded twice).
   *
   * @return how many offices were reminded
   */
  @RolesAllowed(Roles.ADMIN)
  public int remind(LocalDate day) {
    caller.requireSystemAdministrator();
    return pass(day);
  }

  /** Offices of an assessment still being prepared cannot act yet: it is not reminded. */
  private int pass(LocalDate day) {
    List<Assessment> due =
        em.createQuery(
                "select a from Assessment a where a.deadline >= :day and a.deadline <= :last"
                    + " and a.status = vn.parindex.assessment.AssessmentStatus.OPEN order by a.id",
                Assessment.class)
            .setParameter("day", day)
            .setParameter("last", day.plusDays(settings.reminderDays()))
            .getResultList();
    int reminded = 0;
    Instant now = Instant.now(clock);
    for (Assessment assessment : due) {
      for (Office office : unfinishedOffices(assessment)) {
        if (!remindedOn(assessment, office, day)) {
          OfficeNotice notice =
              new OfficeNotice(
                  office,
                  assessment,
                  NotificationKind.REMINDER.noticeKey(),
                  assessment.deadline().format(DAY),
                  now);
          em.persist(notice);
          notified.fire(OfficeNotified.of(notice, day));
          // now, not at commit: a node racing for the same reminder waits here, then fails
          em.flush();
          reminded++;
        }
      }
    }
    return reminded;
  }

  /** Offices with a criterion of the assessment's version not started, in draft or returned. */
  private Set<Office> unfinishedOffices(Assessment assessment) {
    return new LinkedHashSet<>(
        em.createQuery(
                "select a.office from Assignment a where a.assessment = :assessment"
                    + " and a.criterion.version = a.assessment.version"
                    + " and not exists (select s from SelfScore s where s.assignment = a"
                    + " and s.status in :done)"
                    + " order by a.office.name",
                Office.class)
            .setParameter("assessment", assessment)
            .setParameter("done", List.of(SelfScoreStatus.SUBMITTED, SelfScoreStatus.ACCEPTED))
            .getResultList());
  }

  private boolean remindedOn(Assessment assessment, Office office, LocalDate day) {
    return !em.createQuery(
            "select n.id from NotificationLog n where n.assessment = :assessment"
                + " and n.office = :office and n.kind = :kind and n.day = :day",
            Long.class)
        .setParameter("assessment", assessment)
        .setParameter("office", office)
        .setParameter("kind", NotificationKind.REMINDER)
        .setParameter("day", day)
        .setMaxResults(1)
        .getResultList()
        .isEmpty();
  }
}
