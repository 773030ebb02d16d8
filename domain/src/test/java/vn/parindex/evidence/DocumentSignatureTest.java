package vn.parindex.evidence;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;
import vn.parindex.evidence.DocumentSignature.Verdict;

class DocumentSignatureTest {
  private static final ZoneId VIETNAM = ZoneId.of("Asia/Ho_Chi_Minh");
  private static final LocalDate DUE = LocalDate.of(2026, 12, 15);

  @Test
  void lateMeansAfterTheDueDayInTheGivenCalendar() {
    // 00:30 on 16/12 in Hà Nội is still 15/12 in UTC
    DocumentSignature justAfter = signedAt("2026-12-15T17:30:00Z", true, false);

    assertTrue(justAfter.signedAfter(DUE, VIETNAM));
    assertFalse(justAfter.signedAfter(DUE, ZoneId.of("UTC")));
    assertFalse(signedAt("2026-12-15T16:59:59Z", true, false).signedAfter(DUE, VIETNAM));
  }

  @Test
  void anUnknownSigningTimeIsNeverLate() {
    DocumentSignature undated = DocumentSignature.read("A", null, null, true, false, true);

    assertFalse(undated.signedAfter(DUE, VIETNAM));
  }

  @Test
  void theVerdictNamesTheWorstThing() {
    assertEquals(Verdict.SIGNED, signedAt("2026-01-01T00:00:00Z", true, false).verdict());
    assertEquals(Verdict.MODIFIED, signedAt("2026-01-01T00:00:00Z", true, true).verdict());
    assertEquals(Verdict.INVALID, signedAt("2026-01-01T00:00:00Z", false, true).verdict());
    assertEquals(Verdict.UNREADABLE, DocumentSignature.unreadable(null, null).verdict());
  }

  @Test
  void namesAreOneLineWithinTheColumn() {
    DocumentSignature s =
        DocumentSignature.read("Nguyễn\nVăn A ", "x".repeat(300), null, true, false, true);

    assertEquals("Nguyễn Văn A", s.signerName());
    assertEquals(DocumentSignature.NAME_LENGTH, s.organisation().length());
    assertEquals(null, DocumentSignature.unreadable(" ", null).signerName());
  }

  private static DocumentSignature signedAt(String instant, boolean valid, boolean modified) {
    return DocumentSignature.read(
        "Nguyễn Văn A", "Sở Tư pháp", Instant.parse(instant), !modified, modified, valid);
  }
}
