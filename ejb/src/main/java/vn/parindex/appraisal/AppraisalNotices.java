package vn.parindex.appraisal;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashSet;
import java.util.Set;
import vn.parindex.access.Permission;
import vn.parindex.access.Roles;
import vn.parindex.assessment.Assessment;
import vn.parindex.assessment.OfficeNotice;
import vn.parindex.notification.OfficeNotified;
import vn.parindex.organisation.CallerAccount;
import vn.parindex.organisation.Office;
import vn.parindex.platform.AccessDeniedException;

/**
 * Tells each unit what a round changed, once its appraisers are done: a notice in the portal to the
 * unit's consolidating office and the same by e-mail, with the last day to explain. Units whose
 * scores the round left alone are not told.
 */
@Stateless
@RolesAllowed({Roles.PROVINCE, Roles.ADMIN})
public class AppraisalNotices {
  @Inject private EntityManager em;
  @EJB private CallerAccount caller;
  @Inject private Event<OfficeNotified> notified;
  @Inject private Clock clock;

  /** Sends the round's notices; answers how many units were told. */
  public int send(long campaignId, int roundNumber) {
    AppraisalRecords records = new AppraisalRecords(em);
    Campaign campaign = records.campaign(campaignId);
    if (!caller.policy().mayInProvince(Permission.RUN_CAMPAIGN, campaign.province())) {
      throw new AccessDeniedException("access.denied");
    }
    AppraisalRound round = campaign.round(roundNumber);
    LocalDate today = LocalDate.now(clock);
    if (!round.isOverOn(today)) {
      throw new AppraisalRefusal("round", "appraisal.notice.roundNotOver", roundNumber);
    }
    String until =
        round.explanationUntil() == null
            ? "—"
            : round.explanationUntil().format(DateTimeFormatter.ofPattern("dd/MM/yyyy"));
    Instant now = clock.instant();
    Set<Assessment> changed = new LinkedHashSet<>();
    for (CampaignOutcomes.Line line : CampaignOutcomes.of(records, campaign)) {
      if (!line.outcome().after(roundNumber).equals(line.outcome().self())) {
        changed.add(line.submission().assessment());
      }
    }
    for (Assessment assessment : changed) {
      for (Office office : consolidators(assessment)) {
        OfficeNotice notice = new OfficeNotice(office, assessment, "notice.appraised", until, now);
        em.persist(notice);
        notified.fire(OfficeNotified.of(notice, today));
      }
    }
    return changed.size();
  }

  private java.util.List<Office> consolidators(Assessment assessment) {
    return em.createQuery(
            "select o from Office o where o.unit = :unit and o.consolidator = true", Office.class)
        .setParameter("unit", assessment.unit())
        .getResultList();
  }
}
