package vn.parindex.assessment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import vn.parindex.catalogue.DecisionRef;
import vn.parindex.catalogue.IndexFixture;
import vn.parindex.catalogue.IndexVersion;
import vn.parindex.organisation.AssessedUnit;

/** An assessment is prepared, then opened once every self-assessed criterion has an office. */
class AssessmentSetupTest {
  private static final LocalDate DEADLINE = LocalDate.of(2024, 11, 25);
  private static final DecisionRef DIRECTIVE =
      new DecisionRef("2024/UBND-NV", LocalDate.of(2024, 2, 5), "UBND huyện An Lão");
  private static final DecisionRef GUIDANCE =
      new DecisionRef("1847/HD-SNV", LocalDate.of(2023, 10, 13), "Sở Nội vụ tỉnh Bình Định");

  private IndexVersion published;
  private Assessment assessment;

  @BeforeEach
  void prepare() {
    published = IndexFixture.published();
    AssessedUnit unit =
        new AssessedUnit("UBND huyện An Lão", "district", "UBND tỉnh Bình Định", "An Lão");
    assessment = new Assessment(unit, published, 2024, DEADLINE);
  }

  @Test
  void aNewAssessmentIsPreparedWithoutReferences() {
    assertEquals(AssessmentStatus.PREPARING, assessment.status());
    assertFalse(assessment.isOpen());
    assertNull(assessment.directive());
    assertNull(assessment.guidance());
  }

  @Test
  void opensWhenEveryCriterionIsAssigned() {
    assessment.open(List.of());

    assertEquals(AssessmentStatus.OPEN, assessment.status());
    assertTrue(assessment.isOpen());
  }

  @Test
  void doesNotOpenWhileCriteriaAreAssignedToNobody() {
    AssessmentNotOpenableException e =
        assertThrows(
            AssessmentNotOpenableException.class, () -> assessment.open(List.of("1.1", "2.3")));

    assertEquals(List.of("1.1", "2.3"), e.unassignedCodes());
    assertFalse(e.alreadyOpen());
    assertEquals(AssessmentStatus.PREPARING, assessment.status());
  }

  @Test
  void doesNotOpenTwice() {
    assessment.open(List.of());

    AssessmentNotOpenableException e =
        assertThrows(AssessmentNotOpenableException.class, () -> assessment.open(List.of()));

    assertTrue(e.alreadyOpen());
    assertTrue(e.unassignedCodes().isEmpty());
  }

  @Test
  void referencesAndDeadlineChangeWhilePreparingAndOnceOpen() {
    assessment.describe(null, GUIDANCE);
    assertNull(assessment.directive());
    assertSame(GUIDANCE, assessment.guidance());

    assessment.open(List.of());
    assessment.describe(DIRECTIVE, GUIDANCE);
    assessment.setDeadline(DEADLINE.plusDays(7));

    assertSame(DIRECTIVE, assessment.directive());
    assertEquals(DEADLINE.plusDays(7), assessment.deadline());
    assertEquals("2024/UBND-NV, 2024-02-05, UBND huyện An Lão", DIRECTIVE.describe());
  }

  @Test
  void anAssignmentChangeNamesTheCriterionNotTheAssignment() {
    ChangeRecord record =
        ChangeRecord.ofAssignment(
            assessment,
            IndexFixture.node(published, "2.1"),
            null,
            "2.1: Phòng Tư pháp (chủ trì)",
            "noivu",
            Instant.parse("2024-02-06T01:00:00Z"));

    assertEquals(ChangeRecord.Kind.ASSIGNMENT, record.kind());
    assertNull(record.assignment());
    assertEquals("2.1", record.criterion().code().toString());
    assertEquals("2.1: Phòng Tư pháp (chủ trì)", record.newValue());
  }
}
