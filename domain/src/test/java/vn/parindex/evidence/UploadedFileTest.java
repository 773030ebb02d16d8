package vn.parindex.evidence;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** What is learnt of an upload before it is kept: size, type, a safe name and the SHA-256. */
class UploadedFileTest {
  private static final byte[] PDF = "%PDF-1.4\n%%EOF\n".getBytes(StandardCharsets.US_ASCII);

  @Test
  void describesAnAcceptedFile() {
    UploadedFile file = UploadedFile.inspect("../Báo cáo.pdf", PDF, 1024);

    assertEquals("Báo cáo.pdf", file.fileName());
    assertEquals(EvidenceType.PDF, file.type());
    assertEquals(PDF.length, file.size());
    assertEquals(UploadedFile.sha256(PDF), file.sha256());
  }

  @Test
  void computesTheSha256InLowerCaseHex() {
    assertEquals(
        "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad",
        UploadedFile.sha256("abc".getBytes(StandardCharsets.US_ASCII)));
  }

  @Test
  void namesTheFileByItsDetectedType() {
    assertEquals(
        "quyet-dinh.docx.pdf", UploadedFile.inspect("quyet-dinh.docx", PDF, 1024).fileName());
    assertEquals("scan.pdf", UploadedFile.inspect("scan", PDF, 1024).fileName());
  }

  @Test
  void refusesAnExecutableRenamedPdf() {
    byte[] exe = {'M', 'Z', (byte) 0x90, 0, 3, 0};

    InvalidEvidenceException e =
        assertThrows(
            InvalidEvidenceException.class, () -> UploadedFile.inspect("a.pdf", exe, 1024));

    assertEquals("file", e.field());
    assertEquals("evidence.file.typeRefused", e.messageKey());
    assertArrayEquals(new Object[] {"a.pdf"}, e.arguments());
  }

  @Test
  void refusesAFileOneByteOverTheLimitNamingTheLimitInMegabytes() {
    long limit = 20 * UploadedFile.MEGABYTE;
    byte[] oneTooMany = new byte[(int) limit + 1];
    System.arraycopy(PDF, 0, oneTooMany, 0, PDF.length);

    InvalidEvidenceException e =
        assertThrows(
            InvalidEvidenceException.class, () -> UploadedFile.inspect("a.pdf", oneTooMany, limit));

    assertEquals("evidence.file.tooLarge", e.messageKey());
    assertEquals(0, new BigDecimal("20").compareTo((BigDecimal) e.arguments()[0]));
  }

  @Test
  void acceptsAFileOfExactlyTheLimit() {
    assertEquals(PDF.length, UploadedFile.inspect("a.pdf", PDF, PDF.length).size());
  }

  @Test
  void refusesAnEmptyFile() {
    InvalidEvidenceException e =
        assertThrows(
            InvalidEvidenceException.class, () -> UploadedFile.inspect("a.pdf", new byte[0], 10));

    assertEquals("evidence.file.empty", e.messageKey());
  }
}
