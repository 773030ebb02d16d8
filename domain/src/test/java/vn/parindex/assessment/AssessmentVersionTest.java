package vn.parindex.assessment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static vn.parindex.catalogue.IndexFixture.DECISION_2024;
import static vn.parindex.catalogue.IndexFixture.d;
import static vn.parindex.catalogue.IndexFixture.node;
import static vn.parindex.catalogue.IndexFixture.p;

import java.time.Instant;
import java.time.LocalDate;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import vn.parindex.catalogue.IndexFixture;
import vn.parindex.catalogue.IndexVersion;
import vn.parindex.organisation.AssessedUnit;
import vn.parindex.organisation.Office;
import vn.parindex.scoring.ScoreInputs;
import vn.parindex.scoring.Timeliness;

/** An assessment follows a published version and may move to a published revision of it. */
class AssessmentVersionTest {

  private static final LocalDate DEADLINE = LocalDate.of(2023, 12, 15);
  private static final Instant ENTERED = Instant.parse("2023-11-20T02:15:30Z");

  private IndexVersion published;
  private AssessedUnit unit;
  private Office office;
  private Assessment assessment;

  @BeforeEach
  void assess() {
    published = IndexFixture.published();
    unit = new AssessedUnit("UBND huyện An Lão", "district", "UBND tỉnh Bình Định", "An Lão");
    office = new Office(unit, "NV", "Phòng Nội vụ", true);
    assessment = new Assessment(unit, published, 2023, DEADLINE);
  }

  private IndexVersion publishedRevision() {
    IndexVersion revision = published.revise("Bộ chỉ số thử nghiệm sửa đổi", DECISION_2024);
    revision.publish();
    return revision;
  }

  @Test
  void anAssessmentNeedsAPublishedVersion() {
    IndexVersion draft = IndexFixture.soundDraft();

    assertThrows(IllegalArgumentException.class, () -> new Assessment(unit, draft, 2023, DEADLINE));
  }

  @Test
  void movesToAPublishedRevision() {
    IndexVersion revision = publishedRevision();

    assessment.moveTo(revision);

    assertSame(revision, assessment.version());
    assertSame(unit, assessment.unit());
    assertEquals(2023, assessment.year());
    assertEquals(DEADLINE, assessment.deadline());
  }

  @Test
  void doesNotMoveToADraftRevision() {
    IndexVersion draft = published.revise("Bản dự thảo sửa đổi", DECISION_2024);

    assertThrows(IllegalArgumentException.class, () -> assessment.moveTo(draft));

    assertSame(published, assessment.version());
  }

  @Test
  void doesNotMoveToARetiredVersion() {
    IndexVersion revision = publishedRevision();
    revision.retire();

    assertThrows(IllegalArgumentException.class, () -> assessment.moveTo(revision));

    assertSame(published, assessment.version());
  }

  @Test
  void doesNotMoveToTheVersionItAlreadyFollows() {
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> assessment.moveTo(published));

    assertTrue(e.getMessage().contains(published.name()), e.getMessage());
    assertSame(published, assessment.version());
  }

  @Test
  void acceptsChangesUpToAndIncludingTheDeadlineDay() {
    assertTrue(assessment.acceptsChangesOn(DEADLINE));
    assertFalse(assessment.acceptsChangesOn(DEADLINE.plusDays(1)));
  }

  @Test
  void aSurveyCriterionIsNotAssignedToAnOffice() {
    assertThrows(
        IllegalArgumentException.class,
        () -> new Assignment(assessment, node(published, "S.1"), office, true));
  }

  @Test
  void aCarriedOverScoreKeepsInputsPointsExplanationAndWhoAndWhen() {
    Assignment assignment = new Assignment(assessment, node(published, "2.1"), office, true);
    SelfScore score = new SelfScore(assignment);
    score.record(
        ScoreInputs.timeliness(Timeliness.LATE),
        "  Kế hoạch ban hành chậm 5 ngày  ",
        "nguyenvana",
        ENTERED);
    IndexVersion revision = publishedRevision();
    assessment.moveTo(revision);
    Assignment continuing = new Assignment(assessment, node(revision, "2.1"), office, true);

    SelfScore carried = score.carriedOverTo(continuing);

    assertNotSame(score, carried);
    assertSame(continuing, carried.assignment());
    assertSame(revision, carried.assignment().criterion().version());
    assertEquals(ScoreInputs.timeliness(Timeliness.LATE), carried.inputs());
    assertEquals(p("1"), carried.points());
    assertEquals("Kế hoạch ban hành chậm 5 ngày", carried.explanation());
    assertEquals("nguyenvana", carried.updatedBy());
    assertEquals(ENTERED, carried.updatedAt());
    assertEquals(SelfScoreStatus.DRAFT, carried.status());
    assertSame(assignment, score.assignment());
  }

  @Test
  void aCarriedOverRatioScoreKeepsBothAmounts() {
    Assignment assignment = new Assignment(assessment, node(published, "1.5.1"), office, false);
    SelfScore score = new SelfScore(assignment);
    score.record(ScoreInputs.ratio(d("5"), d("20")), null, "tranthib", ENTERED);
    IndexVersion revision = publishedRevision();
    Assignment continuing = new Assignment(assessment, node(revision, "1.5.1"), office, false);

    SelfScore carried = score.carriedOverTo(continuing);

    assertEquals(d("5"), carried.inputs().achieved());
    assertEquals(d("20"), carried.inputs().total());
    assertEquals(p("0.5"), carried.points());
    assertEquals(null, carried.explanation());
    assertFalse(carried.assignment().isLead());
    assertEquals(carried.points(), score.points());
  }
}
