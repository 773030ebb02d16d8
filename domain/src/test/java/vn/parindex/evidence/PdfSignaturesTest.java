package vn.parindex.evidence;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static vn.parindex.evidence.Samples.pdf;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import vn.parindex.evidence.DocumentSignature.Verdict;

/**
 * The four documents of the issue, signed during the test: in time, late, changed after signing,
 * unsigned; and the ways a signature is broken.
 */
class PdfSignaturesTest {
  private static final ZoneId VIETNAM = ZoneId.of("Asia/Ho_Chi_Minh");
  private static final LocalDate DUE = LocalDate.of(2026, 6, 30);

  /** 23:30 on the due day in Hà Nội: 16:30 UTC, still in time. */
  private static final Instant IN_TIME = Instant.parse("2026-06-30T16:30:00Z");

  private static final Instant LATE = Instant.parse("2026-07-01T01:00:00Z");

  private static SignedPdfs signer;

  @BeforeAll
  static void certificate() throws Exception {
    signer = new SignedPdfs();
  }

  @Test
  void readsTheSignerTheTimeAndAnIntactSignatureOfADocumentSignedInTime() throws IOException {
    byte[] signed = signer.sign(pdf("Ke hoach CCHC 2026"), IN_TIME);

    DocumentSignature s = only(UploadedFile.inspect("ke-hoach.pdf", signed, 1 << 20).signatures());

    assertEquals(SignedPdfs.SIGNER, s.signerName());
    assertEquals(SignedPdfs.ORGANISATION, s.organisation());
    assertEquals(IN_TIME, s.signedAt());
    assertTrue(s.coversWholeDocument());
    assertFalse(s.modifiedAfterSigning());
    assertTrue(s.integrityValid());
    assertEquals(Verdict.SIGNED, s.verdict());
    assertFalse(s.signedAfter(DUE, VIETNAM));
  }

  @Test
  void aDocumentSignedAfterTheDueDayIsLate() throws IOException {
    DocumentSignature s = only(PdfSignatures.read(signer.sign(pdf("Bao cao"), LATE)));

    assertEquals(LATE, s.signedAt());
    assertEquals(Verdict.SIGNED, s.verdict());
    assertTrue(s.signedAfter(DUE, VIETNAM));
  }

  @Test
  void aPadesSignatureWithoutSigningTimeIsDatedByTheDictionary() throws IOException {
    DocumentSignature s = only(PdfSignatures.read(signer.signPades(pdf("Bao cao"), LATE)));

    assertEquals(LATE, s.signedAt());
    assertEquals(Verdict.SIGNED, s.verdict());
    assertTrue(s.signedAfter(DUE, VIETNAM));
  }

  @Test
  void aDocumentChangedAfterSigningIsFlaggedAndItsSignatureStillVerifies() throws IOException {
    byte[] changed = SignedPdfs.changeAfterSigning(signer.sign(pdf("Bao cao"), IN_TIME));
    try (PDDocument document = Loader.loadPDF(changed)) {
      assertEquals(2, document.getNumberOfPages(), "a real update, not trailing bytes");
    }

    DocumentSignature s = only(PdfSignatures.read(changed));

    assertFalse(s.coversWholeDocument());
    assertTrue(s.modifiedAfterSigning());
    assertTrue(s.integrityValid());
    assertEquals(Verdict.MODIFIED, s.verdict());
  }

  @Test
  void anUnsignedDocumentHasNoSignature() throws IOException {
    assertEquals(List.of(), UploadedFile.inspect("a.pdf", pdf("Bao cao"), 1 << 20).signatures());
    assertEquals(List.of(), PdfSignatures.read(pdf("/ByteRange only in the text")));
  }

  @Test
  void aSignedByteChangedInPlaceBreaksTheSignature() throws IOException {
    byte[] signed =
        signer.sign(
            pdf("Bao cao", d -> d.getDocumentInformation().setTitle("ABCD"), false), IN_TIME);
    byte[] tampered = replaceFirst(signed, "ABCD", "WXYZ");

    DocumentSignature s = only(PdfSignatures.read(tampered));

    assertTrue(s.coversWholeDocument());
    assertFalse(s.integrityValid());
    assertEquals(Verdict.INVALID, s.verdict());
    assertEquals(SignedPdfs.SIGNER, s.signerName());
  }

  @Test
  void aCountersignatureIsNotAChangeButTheFirstNoLongerCoversEverything() throws IOException {
    byte[] twice = signer.sign(signer.sign(pdf("Quyet dinh"), IN_TIME), LATE);

    List<DocumentSignature> both = PdfSignatures.read(twice);

    assertEquals(2, both.size());
    assertFalse(both.get(0).coversWholeDocument());
    assertTrue(both.get(1).coversWholeDocument());
    assertTrue(both.stream().allMatch(s -> s.verdict() == Verdict.SIGNED));
  }

  @Test
  void aSignatureWhoseCmsCannotBeReadIsRecordedNotRefused() throws IOException {
    byte[] signed = signer.sign(pdf("Bao cao"), IN_TIME);
    String text = new String(signed, StandardCharsets.ISO_8859_1);
    int contents = text.indexOf("<", text.indexOf("/Contents"));
    byte[] broken = signed.clone();
    for (int i = contents + 1; i < contents + 41; i++) {
      broken[i] = 'F';
    }

    DocumentSignature s = only(UploadedFile.inspect("a.pdf", broken, 1 << 20).signatures());

    assertEquals(Verdict.UNREADABLE, s.verdict());
    assertEquals(SignedPdfs.SIGNER, s.signerName());
    assertEquals(IN_TIME, s.signedAt());
  }

  private static DocumentSignature only(List<DocumentSignature> signatures) {
    assertEquals(1, signatures.size(), signatures::toString);
    return signatures.get(0);
  }

  private static byte[] replaceFirst(byte[] bytes, String from, String to) {
    String text = new String(bytes, StandardCharsets.ISO_8859_1);
    int at = text.indexOf(from);
    assertTrue(at >= 0, from + " is in the file");
    byte[] copy = bytes.clone();
    System.arraycopy(to.getBytes(StandardCharsets.ISO_8859_1), 0, copy, at, to.length());
    return copy;
  }
}
