package vn.parindex.web.assessment;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.Clock;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import vn.parindex.assessment.AssessmentSummary;
import vn.parindex.assessment.SelfAssessmentService;

/** Backs index.xhtml: the assessments the user may see. */
@Named
@RequestScoped
public class HomeBacking {
  @EJB private SelfAssessmentService selfAssessment;
  @Inject private Clock clock;

  private List<AssessmentSummary> assessments;

  @PostConstruct
  void load() {
    assessments = selfAssessment.visibleAssessments();
  }

  public List<AssessmentSummary> getAssessments() {
    return assessments;
  }

  /** Whether a listed unit is of an illustrative province, whose note the page then shows. */
  public boolean isListingIllustrativeProvince() {
    return assessments.stream().anyMatch(AssessmentSummary::provinceIllustrative);
  }

  public long daysLeft(AssessmentSummary assessment) {
    return ChronoUnit.DAYS.between(LocalDate.now(clock), assessment.deadline());
  }
}
