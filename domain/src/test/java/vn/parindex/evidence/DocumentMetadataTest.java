package vn.parindex.evidence;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** A document's number, date, issuer and summary, and the flag for a date outside the year. */
class DocumentMetadataTest {

  private static DocumentMetadata datedOn(LocalDate date) {
    return new DocumentMetadata("15/BC-TP", date, "Phòng Tư pháp", "Báo cáo công tác pháp chế");
  }

  @Test
  void aDocumentOfTheAssessedYearIsNotFlagged() {
    assertFalse(datedOn(LocalDate.of(2023, 1, 1)).isDatedOutside(2023));
    assertFalse(datedOn(LocalDate.of(2023, 12, 31)).isDatedOutside(2023));
  }

  @Test
  void aDocumentOfTheYearBeforeOrAfterIsFlagged() {
    assertTrue(datedOn(LocalDate.of(2022, 12, 31)).isDatedOutside(2023));
    assertTrue(datedOn(LocalDate.of(2024, 1, 1)).isDatedOutside(2023));
  }

  @Test
  void keepsTheValuesWithoutSurroundingSpaces() {
    DocumentMetadata m =
        new DocumentMetadata(
            " 15/BC-TP ", LocalDate.of(2023, 6, 30), " Phòng Tư pháp ", " Báo cáo ");

    assertEquals("15/BC-TP", m.number());
    assertEquals("Phòng Tư pháp", m.issuer());
    assertEquals("Báo cáo", m.summary());
  }

  @Test
  void theNumberMayBeAbsent() {
    assertNull(new DocumentMetadata("  ", LocalDate.of(2023, 6, 30), "UBND xã", "Ảnh").number());
  }

  @Test
  void refusesAMissingDateIssuerOrSummaryNamingTheField() {
    assertField(
        "date", "evidence.date.required", () -> new DocumentMetadata("1", null, "UBND", "Báo cáo"));
    assertField(
        "issuer",
        "evidence.issuer.required",
        () -> new DocumentMetadata("1", LocalDate.of(2023, 1, 2), " ", "Báo cáo"));
    assertField(
        "summary",
        "evidence.summary.required",
        () -> new DocumentMetadata("1", LocalDate.of(2023, 1, 2), "UBND", null));
  }

  @Test
  void refusesValuesLongerThanTheirColumns() {
    LocalDate day = LocalDate.of(2023, 1, 2);
    assertField(
        "number",
        "evidence.number.tooLong",
        () -> new DocumentMetadata("x".repeat(61), day, "UBND", "Báo cáo"));
    assertField(
        "summary",
        "evidence.summary.tooLong",
        () -> new DocumentMetadata("1", day, "UBND", "x".repeat(1001)));
  }

  private static void assertField(String field, String key, Runnable action) {
    InvalidEvidenceException e = assertThrows(InvalidEvidenceException.class, action::run);
    assertEquals(field, e.field());
    assertEquals(key, e.messageKey());
  }

  @Test
  void refusesADateInTheYear99999OrBeforeTheRepublicNamingTheFieldAndTheBounds() {
    LocalDate today = LocalDate.of(2026, 12, 4);

    InvalidEvidenceException future =
        assertThrows(
            InvalidEvidenceException.class,
            () -> new DocumentMetadata("1", LocalDate.of(99999, 1, 1), "UBND", "Báo cáo", today));
    InvalidEvidenceException past =
        assertThrows(
            InvalidEvidenceException.class,
            () -> new DocumentMetadata("1", LocalDate.of(1945, 9, 1), "UBND", "Báo cáo", today));

    assertEquals("date", future.field());
    assertEquals("evidence.date.outOfRange", future.messageKey());
    assertEquals(
        java.util.List.of("01/01/99999", "02/09/1945", "31/12/2027"),
        java.util.List.of(future.arguments()));
    assertEquals("evidence.date.outOfRange", past.messageKey());
  }

  @Test
  void acceptsTheBoundsThemselves() {
    LocalDate today = LocalDate.of(2026, 1, 1);

    assertEquals(
        LocalDate.of(1945, 9, 2),
        new DocumentMetadata("1", LocalDate.of(1945, 9, 2), "UBND", "Sắc lệnh", today).date());
    assertEquals(
        LocalDate.of(2027, 12, 31),
        new DocumentMetadata("1", LocalDate.of(2027, 12, 31), "UBND", "Kế hoạch", today).date());
  }
}
