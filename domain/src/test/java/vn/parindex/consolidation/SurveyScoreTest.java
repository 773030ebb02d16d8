package vn.parindex.consolidation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static vn.parindex.catalogue.IndexFixture.node;
import static vn.parindex.catalogue.IndexFixture.p;

import java.time.Instant;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import vn.parindex.assessment.Assessment;
import vn.parindex.catalogue.IndexFixture;
import vn.parindex.catalogue.IndexVersion;
import vn.parindex.organisation.AssessedUnit;

/** Survey points are entered only for survey criteria, from 0 to the criterion's max. */
class SurveyScoreTest {
  private static final Instant AT = Instant.parse("2024-01-10T03:00:00Z");

  private final IndexVersion version = IndexFixture.published();
  private final Assessment assessment =
      new Assessment(
          new AssessedUnit("UBND huyện An Lão", "district", "UBND tỉnh Bình Định", "An Lão"),
          version,
          2023,
          LocalDate.of(2023, 12, 15));

  @Test
  void keepsThePointsAndWhoEnteredThem() {
    SurveyScore score = new SurveyScore(assessment, node(version, "S.1"), p("2.5"), "noivu", AT);

    assertEquals(p("2.5"), score.points());
    assertEquals("noivu", score.enteredBy());
    assertEquals(AT, score.enteredAt());
  }

  @Test
  void acceptsTheMaxAndRefusesOneHundredthMore() {
    SurveyScore score = new SurveyScore(assessment, node(version, "S.1"), p("3"), "noivu", AT);

    assertThrows(IllegalArgumentException.class, () -> score.enter(p("3.01"), "noivu", AT));
    assertEquals(p("3"), score.points());
  }

  @Test
  void refusesASelfAssessedCriterion() {
    assertThrows(
        IllegalArgumentException.class,
        () -> new SurveyScore(assessment, node(version, "1.1"), p("1"), "noivu", AT));
  }

  @Test
  void refusesAnEntryWithoutWhoMadeIt() {
    assertThrows(
        IllegalArgumentException.class,
        () -> new SurveyScore(assessment, node(version, "S.2"), p("1"), " ", AT));
  }
}
