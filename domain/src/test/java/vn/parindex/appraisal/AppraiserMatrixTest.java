package vn.parindex.appraisal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static vn.parindex.catalogue.IndexFixture.c;

import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Each leaf criterion goes to the department given its nearest node in the matrix. */
class AppraiserMatrixTest {
  private static final long TU_PHAP = 1L;
  private static final long KHCN = 2L;

  private final AppraiserMatrix matrix =
      new AppraiserMatrix().give(c("2"), TU_PHAP).give(c("1"), KHCN);

  @Test
  void givesALeafToTheDepartmentOfItsArea() {
    assertEquals(Optional.of(TU_PHAP), matrix.departmentOf(c("2.1")));
    assertEquals(Optional.of(KHCN), matrix.departmentOf(c("1.5.2")));
    assertTrue(matrix.gives(c("2.2"), TU_PHAP));
    assertFalse(matrix.gives(c("2.2"), KHCN));
  }

  @Test
  void aSingleCriterionGivenToAnotherDepartmentOverridesItsArea() {
    matrix.give(c("2.2"), KHCN);
    assertEquals(Optional.of(KHCN), matrix.departmentOf(c("2.2")));
    assertEquals(Optional.of(TU_PHAP), matrix.departmentOf(c("2.1")));
  }

  @Test
  void theNearestAncestorWinsOverAFartherOne() {
    matrix.give(c("1.5"), TU_PHAP);
    assertEquals(Optional.of(TU_PHAP), matrix.departmentOf(c("1.5.1")));
    assertEquals(Optional.of(KHCN), matrix.departmentOf(c("1.6")));
  }

  @Test
  void leavesACriterionOfAnAreaNobodyHasToTheUnitsOwnScore() {
    assertEquals(Optional.empty(), matrix.departmentOf(c("3.1")));
    assertFalse(matrix.gives(c("3.1"), TU_PHAP));
  }
}
