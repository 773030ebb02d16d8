package vn.parindex.web.assessment;

import jakarta.ejb.EJB;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.Clock;
import java.time.format.DateTimeFormatter;
import java.util.List;
import vn.parindex.assessment.AssignedCriterion;
import vn.parindex.assessment.CommentView;
import vn.parindex.assessment.SelfAssessmentService;
import vn.parindex.kernel.Refusal;
import vn.parindex.web.i18n.LocaleBacking;
import vn.parindex.web.i18n.MessageResolver;
import vn.parindex.web.i18n.PageRefusals;

/**
 * The "comments" part of the scoring dialog of assessment/criteria.xhtml: the office's conversation
 * with Phòng Nội vụ about the selected criterion, oldest first, and a message to add to it.
 */
@Named
@ViewScoped
public class CriterionCommentsBacking implements Serializable {
  private static final long serialVersionUID = 1L;
  private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm");

  @EJB private SelfAssessmentService selfAssessment;
  @Inject private MessageResolver messages;
  @Inject private PageRefusals refusals;
  @Inject private LocaleBacking localeBacking;
  @Inject private Clock clock;

  private long assessment;
  private String code;
  private List<CommentView> comments = List.of();
  private String text;

  public void open(AssignedCriterion criterion) {
    assessment = criterion.assessmentId();
    code = criterion.code();
    text = null;
    refresh();
  }

  public void add() {
    try {
      selfAssessment.comment(assessment, code, text);
      text = null;
      refresh();
    } catch (Refusal e) {
      FacesContext.getCurrentInstance()
          .addMessage(
              "commentsForm:text",
              new FacesMessage(FacesMessage.SEVERITY_ERROR, refusals.text(e), null));
      FacesContext.getCurrentInstance().validationFailed();
    }
  }

  private void refresh() {
    try {
      comments = selfAssessment.comments(assessment, code);
    } catch (Refusal e) {
      comments = List.of();
    }
  }

  public String when(CommentView comment) {
    return WHEN.withZone(clock.getZone()).format(comment.writtenAt());
  }

  public List<CommentView> getComments() {
    return comments;
  }

  public String getText() {
    return text;
  }

  public void setText(String text) {
    this.text = text;
  }
}
