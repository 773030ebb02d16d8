package vn.parindex.evidence;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
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
  void aDocumentIsSignedLateWhenItsFirstValidSignatureIsAfterTheDueDay() {
    DocumentSignature inTime = signedAt("2026-12-15T09:00:00Z", true, false);
    DocumentSignature late = signedAt("2026-12-16T09:00:00Z", true, false);

    assertFalse(DocumentSignature.documentSignedAfter(List.of(inTime), DUE, VIETNAM));
    assertTrue(DocumentSignature.documentSignedAfter(List.of(late), DUE, VIETNAM));
    // the leader signed in time; the seal of the next day does not make it late
    assertFalse(DocumentSignature.documentSignedAfter(List.of(late, inTime), DUE, VIETNAM));
  }

  @Test
  void onlyAValidDatedSignatureSaysWhenADocumentWasSigned() {
    DocumentSignature forged = signedAt("2026-12-01T09:00:00Z", false, false);
    DocumentSignature late = signedAt("2026-12-20T09:00:00Z", true, false);
    DocumentSignature changedAfterLateSigning = signedAt("2026-12-20T09:00:00Z", true, true);
    DocumentSignature undated = DocumentSignature.read("A", null, null, true, false, true);

    assertTrue(DocumentSignature.documentSignedAfter(List.of(forged, late), DUE, VIETNAM));
    assertTrue(
        DocumentSignature.documentSignedAfter(List.of(changedAfterLateSigning), DUE, VIETNAM));
    assertFalse(DocumentSignature.documentSignedAfter(List.of(undated), DUE, VIETNAM));
    assertFalse(DocumentSignature.documentSignedAfter(List.of(forged), DUE, VIETNAM));
    assertFalse(DocumentSignature.documentSignedAfter(List.of(), DUE, VIETNAM), "unsigned");
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
