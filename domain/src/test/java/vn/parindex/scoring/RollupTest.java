package vn.parindex.scoring;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static vn.parindex.scoring.ScoreAssertions.p;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Area 1 and the survey area of the demo index. */
class RollupTest {

  private static final List<CriterionCode> TREE =
      codes("1", "1.1", "1.2", "1.5", "1.5.1", "1.5.2", "1.7", "S");

  private static List<CriterionCode> codes(String... codes) {
    return Arrays.stream(codes).map(CriterionCode::of).toList();
  }

  private static CriterionCode c(String code) {
    return CriterionCode.of(code);
  }

  @Test
  void scoresACriterionWithComponentsByTheirSumAndTheAreaByItsCriteria() {
    Map<CriterionCode, Points> sums =
        Rollup.rollUp(
            TREE,
            Map.of(
                c("1.1"), p("0.5"),
                c("1.2"), p("2"),
                c("1.5.1"), p("0.5"),
                c("1.5.2"), p("1"),
                c("1.7"), p("1.25")));

    assertEquals(p("1.5"), sums.get(c("1.5")));
    assertEquals(p("5.25"), sums.get(c("1")));
    assertEquals(p("0.5"), sums.get(c("1.5.1")));
    assertEquals(p("1.25"), sums.get(c("1.7")));
  }

  @Test
  void leavesANodeWithoutAnyScoredLeafUnscored() {
    Map<CriterionCode, Points> sums = Rollup.rollUp(TREE, Map.of(c("1.1"), p("1")));

    assertFalse(sums.containsKey(c("1.5")));
    assertFalse(sums.containsKey(c("1.5.1")));
    assertFalse(sums.containsKey(c("S")));
    assertEquals(p("1"), sums.get(c("1")));
  }

  @Test
  void sumsWhatIsScoredWhenSomeLeavesAreNot() {
    Map<CriterionCode, Points> sums = Rollup.rollUp(TREE, Map.of(c("1.5.2"), p("0.67")));

    assertEquals(p("0.67"), sums.get(c("1.5")));
    assertEquals(p("0.67"), sums.get(c("1")));
  }

  @Test
  void keepsAScoreOfZeroDistinctFromNoScore() {
    Map<CriterionCode, Points> sums = Rollup.rollUp(TREE, Map.of(c("1.5.1"), Points.ZERO));

    assertEquals(Points.ZERO, sums.get(c("1.5")));
    assertFalse(sums.containsKey(c("1.2")));
  }

  @Test
  void scoresTheSurveyAreaItselfAsALeaf() {
    Map<CriterionCode, Points> sums = Rollup.rollUp(TREE, Map.of(c("S"), p("24.5")));

    assertEquals(Map.of(c("S"), p("24.5")), sums);
  }

  @Test
  void returnsNodesInScorecardOrder() {
    Map<CriterionCode, Points> sums =
        Rollup.rollUp(TREE, Map.of(c("S"), p("20"), c("1.7"), p("1"), c("1.5.1"), p("1")));

    assertEquals(codes("1", "1.5", "1.5.1", "1.7", "S"), List.copyOf(sums.keySet()));
  }

  @Test
  void rejectsPointsForANodeThatIsScoredByItsChildren() {
    assertThrows(
        IllegalArgumentException.class, () -> Rollup.rollUp(TREE, Map.of(c("1.5"), p("2"))));
  }

  @Test
  void rejectsPointsForACodeOutsideTheTree() {
    assertThrows(
        IllegalArgumentException.class, () -> Rollup.rollUp(TREE, Map.of(c("2.1"), p("1"))));
  }

  @Test
  void rejectsATreeWhoseNodeHasNoParent() {
    assertThrows(
        IllegalArgumentException.class, () -> Rollup.rollUp(codes("1", "1.5.1"), Map.of()));
  }
}
