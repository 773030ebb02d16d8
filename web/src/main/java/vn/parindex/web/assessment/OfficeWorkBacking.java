package vn.parindex.web.assessment;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.ArrayList;
import java.util.List;
import vn.parindex.access.Permission;
import vn.parindex.assessment.AssessmentSummary;
import vn.parindex.assessment.AssignedCriterion;
import vn.parindex.assessment.NoticeView;
import vn.parindex.assessment.SelfAssessmentService;
import vn.parindex.assessment.SelfScoreStatus;
import vn.parindex.kernel.Refusal;
import vn.parindex.web.i18n.LocaleBacking;
import vn.parindex.web.i18n.MessageResolver;
import vn.parindex.web.i18n.PageRefusals;
import vn.parindex.web.security.Can;

/**
 * The office's work on the home page (index.xhtml): in each open assessment, the criteria returned
 * for revision and the notices not yet dealt with, each of which the office can mark done.
 */
@Named
@RequestScoped
public class OfficeWorkBacking {
  @EJB private SelfAssessmentService selfAssessment;
  @Inject private HomeBacking home;
  @Inject private Can can;
  @Inject private MessageResolver messages;
  @Inject private PageRefusals refusals;
  @Inject private LocaleBacking localeBacking;

  /** One assessment's work: what was returned and what the office was told. */
  public record Work(
      AssessmentSummary assessment, List<AssignedCriterion> returned, List<Notice> notices) {}

  /** A notice as the office reads it. */
  public record Notice(long id, String text) {}

  private List<Work> work;

  @PostConstruct
  void load() {
    work = new ArrayList<>();
    for (AssessmentSummary a : home.getAssessments()) {
      // only where the caller scores for an office: the province's callers, leaders and
      // administrators have no office work, and may not ask for an office's criteria
      if (a.isOpen() && can.on(Permission.READ_OWN_OFFICE.name(), a.id())) {
        workOf(a);
      }
    }
  }

  private void workOf(AssessmentSummary assessment) {
    try {
      List<AssignedCriterion> returned =
          selfAssessment.assignedCriteria(assessment.id()).stream()
              .filter(c -> c.status() == SelfScoreStatus.RETURNED)
              .toList();
      List<Notice> notices =
          selfAssessment.notices(assessment.id()).stream().map(this::notice).toList();
      if (!returned.isEmpty() || !notices.isEmpty()) {
        work.add(new Work(assessment, returned, notices));
      }
    } catch (Refusal notAnOfficeOfIt) {
      // a reader of the unit without an office of its own has no office work here
    }
  }

  private Notice notice(NoticeView n) {
    return new Notice(
        n.id(), messages.message(n.messageKey(), localeBacking.getLocale(), n.argument()));
  }

  /** The office marks a notice done; the list is read again without it. */
  public void dealWith(long noticeId) {
    try {
      selfAssessment.dealWithNotice(noticeId);
      load();
      say(
          FacesMessage.SEVERITY_INFO,
          messages.message("home.work.noticeDone", localeBacking.getLocale()));
    } catch (Refusal e) {
      say(FacesMessage.SEVERITY_ERROR, refusals.text(e));
    }
  }

  private static void say(FacesMessage.Severity severity, String text) {
    FacesContext.getCurrentInstance()
        .addMessage("officeWorkForm", new FacesMessage(severity, text, null));
  }

  public List<Work> getWork() {
    return work;
  }
}
