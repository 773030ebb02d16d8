package vn.parindex.catalogue;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static vn.parindex.catalogue.IndexFixture.node;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** A due date is written relative to the assessed year N and resolved for one assessment. */
class DueDateTest {

  @Test
  void readsTheFormsTheDecisionsWrite() {
    assertEquals(DueDate.of(15, 12, -1), DueDate.parse("15/12/N-1").orElseThrow());
    assertEquals(DueDate.of(31, 3, 0), DueDate.parse("31/03/N").orElseThrow());
    assertEquals(DueDate.of(5, 1, 1), DueDate.parse(" 5/1/n+1 ").orElseThrow());
    assertEquals(DueDate.of(15, 12, -1), DueDate.parse("15 / 12 / N - 1").orElseThrow());
  }

  @Test
  void blankTextIsNoDueDate() {
    assertEquals(Optional.empty(), DueDate.parse(null));
    assertEquals(Optional.empty(), DueDate.parse("  "));
  }

  @Test
  void writesTwoDigitsAndTheYearRelativeToN() {
    assertEquals("15/12/N-1", DueDate.of(15, 12, -1).toString());
    assertEquals("31/03/N", DueDate.of(31, 3, 0).toString());
    assertEquals("05/01/N+1", DueDate.of(5, 1, 1).toString());
    for (String text : List.of("15/12/N-1", "31/03/N", "05/01/N+1", "29/02/N")) {
      assertEquals(text, DueDate.parse(text).orElseThrow().toString());
    }
  }

  @Test
  void resolvesForTheAssessedYear() {
    assertEquals(LocalDate.of(2023, 12, 15), DueDate.parse("15/12/N-1").orElseThrow().in(2024));
    assertEquals(LocalDate.of(2024, 3, 31), DueDate.parse("31/03/N").orElseThrow().in(2024));
    assertEquals(LocalDate.of(2025, 1, 15), DueDate.parse("15/01/N+1").orElseThrow().in(2024));
  }

  @Test
  void theTwentyNinthOfFebruaryFallsOnTheTwentyEighthInACommonYear() {
    DueDate leap = DueDate.of(29, 2, 0);

    assertEquals(LocalDate.of(2024, 2, 29), leap.in(2024));
    assertEquals(LocalDate.of(2025, 2, 28), leap.in(2025));
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "31/04/N",
        "30/02/N",
        "0/12/N",
        "15/13/N",
        "15/00/N",
        "15/12/N-2",
        "15/12/N+3",
        "15/12/2023",
        "15-12-N",
        "ngày 15/12",
        "15/12"
      })
  void refusesADayNoCalendarHasOrAnotherForm(String text) {
    assertThrows(IllegalArgumentException.class, () -> DueDate.parse(text));
  }

  @Test
  void aNodeWithoutItsOwnTakesItsNearestAncestors() {
    IndexVersion draft = IndexFixture.soundDraft();
    node(draft, "1.5").dueBy(DueDate.of(31, 3, 0));
    node(draft, "1.5.2").dueBy(DueDate.of(30, 6, 0));

    assertEquals("31/03/N", node(draft, "1.5.1").effectiveDueDate().orElseThrow().toString());
    assertEquals("30/06/N", node(draft, "1.5.2").effectiveDueDate().orElseThrow().toString());
    assertEquals(Optional.empty(), node(draft, "1.5.1").dueDate());
    assertEquals(Optional.empty(), node(draft, "1.1").effectiveDueDate());
  }

  @Test
  void aRevisionKeepsTheDueDateAndMayChangeIt() {
    IndexVersion original = IndexFixture.soundDraft();
    node(original, "2.1").dueBy(DueDate.of(15, 12, -1));
    original.publish();

    IndexVersion revision = original.revise("Sửa đổi", IndexFixture.DECISION_2024);
    assertEquals(Optional.of(DueDate.of(15, 12, -1)), node(revision, "2.1").dueDate());
    node(revision, "2.1").dueBy(null);

    assertTrue(node(original, "2.1").dueDate().isPresent(), "the published one keeps it");
    assertFalse(node(revision, "2.1").dueDate().isPresent());
    assertThrows(VersionNotEditableException.class, () -> node(original, "2.1").dueBy(null));
    java.util.Set<ChangeKind> kinds = java.util.EnumSet.noneOf(ChangeKind.class);
    VersionComparison.compare(original, revision).forEach(change -> kinds.addAll(change.kinds()));
    assertEquals(java.util.Set.of(ChangeKind.DUE_CHANGED), kinds, "named, and nothing else");
  }
}
