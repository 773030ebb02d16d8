package vn.parindex.evidence;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import vn.parindex.kernel.CleanText;

/** A document's metadata is clean text: NFC, one line, no control or bidi characters. */
class DocumentMetadataTextTest {
  private static final LocalDate DAY = LocalDate.of(2023, 5, 12);

  @Test
  void refusesABidiOverrideInTheIssuerNamingIt() {
    InvalidEvidenceException e =
        assertThrows(
            InvalidEvidenceException.class,
            () -> new DocumentMetadata("12/KH-UBND", DAY, "UBND \u202Ehuyện", "Kế hoạch"));

    assertEquals("issuer", e.field());
    assertEquals(CleanText.FORBIDDEN_CHARACTER, e.messageKey());
  }

  @Test
  void refusesALineBreakOrAControlCharacterInTheNumberAndTheSummary() {
    assertEquals(
        "number",
        assertThrows(
                InvalidEvidenceException.class,
                () -> new DocumentMetadata("12\n/KH", DAY, "UBND huyện", "Kế hoạch"))
            .field());
    assertEquals(
        "summary",
        assertThrows(
                InvalidEvidenceException.class,
                () -> new DocumentMetadata("12/KH", DAY, "UBND huyện", "Kế\u0000 hoạch"))
            .field());
  }

  @Test
  void keepsTheTextNfcNormalised() {
    DocumentMetadata metadata = new DocumentMetadata(null, DAY, "Phòng Tư pha\u0301p", "Báo cáo");

    assertEquals("Phòng Tư pháp", metadata.issuer());
  }
}
