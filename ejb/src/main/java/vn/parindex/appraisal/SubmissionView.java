package vn.parindex.appraisal;

import java.io.Serializable;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import vn.parindex.scoring.ScoreInputs;

/** A unit's submission as the API shows it: where it stands and the self scores it froze. */
public record SubmissionView(
    long assessmentId,
    long unitId,
    String unitName,
    long campaignId,
    SubmissionStatus status,
    Instant submittedAt,
    String submittedBy,
    boolean late,
    Long signedReportId,
    Instant returnedAt,
    String returnedBy,
    String returnReason,
    List<Score> scores)
    implements Serializable {

  /** A self-assessed leaf as submitted: the lead office's points, inputs and explanation. */
  public record Score(
      String code, String name, BigDecimal points, ScoreInputs inputs, String explanation)
      implements Serializable {}

  static SubmissionView of(Submission s) {
    return new SubmissionView(
        s.assessment().id(),
        s.assessment().unit().id(),
        s.assessment().unit().name(),
        s.campaign().id(),
        s.status(),
        s.submittedAt(),
        s.submittedBy(),
        s.late(),
        s.signedReport().map(e -> e.id()).orElse(null),
        s.returnedAt(),
        s.returnedBy(),
        s.returnReason(),
        s.scores().stream()
            .sorted((a, b) -> Integer.compare(a.criterion().position(), b.criterion().position()))
            .map(
                sc ->
                    new Score(
                        sc.criterion().code().toString(),
                        sc.criterion().name(),
                        sc.points().toBigDecimal(),
                        sc.inputs(),
                        sc.explanation()))
            .toList());
  }
}
