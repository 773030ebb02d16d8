package vn.parindex.evidence;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;

/** The type of a file comes from its first bytes, never from its name. */
class ContentSnifferTest {

  static byte[] bytes(int... values) {
    byte[] b = new byte[values.length];
    for (int i = 0; i < values.length; i++) {
      b[i] = (byte) values[i];
    }
    return b;
  }

  static byte[] ascii(String text) {
    return text.getBytes(StandardCharsets.ISO_8859_1);
  }

  /** A ZIP archive holding empty entries with these names, in this order. */
  static byte[] zip(String... entryNames) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (ZipOutputStream zip = new ZipOutputStream(out)) {
      for (String name : entryNames) {
        zip.putNextEntry(new ZipEntry(name));
        zip.write(ascii("<x/>"));
        zip.closeEntry();
      }
    }
    return out.toByteArray();
  }

  @Test
  void recognisesAPdfByItsHeader() {
    assertEquals(Optional.of(EvidenceType.PDF), ContentSniffer.detect(ascii("%PDF-1.7\n%âãÏÓ\n")));
  }

  @Test
  void recognisesAJpegByItsStartOfImageMarker() {
    assertEquals(
        Optional.of(EvidenceType.JPEG),
        ContentSniffer.detect(bytes(0xFF, 0xD8, 0xFF, 0xE0, 0, 16)));
  }

  @Test
  void recognisesAPngByItsEightByteSignature() {
    assertEquals(
        Optional.of(EvidenceType.PNG),
        ContentSniffer.detect(bytes(0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 13)));
  }

  @Test
  void recognisesAWordDocumentByItsMainPart() throws IOException {
    byte[] docx = zip("[Content_Types].xml", "_rels/.rels", "word/document.xml");

    assertEquals(Optional.of(EvidenceType.DOCX), ContentSniffer.detect(docx));
  }

  @Test
  void recognisesAWorkbookByItsMainPart() throws IOException {
    byte[] xlsx = zip("[Content_Types].xml", "_rels/.rels", "xl/workbook.xml", "xl/styles.xml");

    assertEquals(Optional.of(EvidenceType.XLSX), ContentSniffer.detect(xlsx));
  }

  @Test
  void refusesAnExecutableWhateverItIsCalled() {
    byte[] exe = bytes('M', 'Z', 0x90, 0, 3, 0, 0, 0, 4, 0, 0, 0, 0xFF, 0xFF);

    assertTrue(ContentSniffer.detect(exe).isEmpty());
  }

  @Test
  void refusesAZipThatIsNoOfficeDocument() throws IOException {
    assertTrue(ContentSniffer.detect(zip("readme.txt", "setup.exe")).isEmpty());
    assertTrue(ContentSniffer.detect(zip("word/other.xml")).isEmpty());
  }

  @Test
  void refusesADamagedZip() {
    byte[] truncated = bytes('P', 'K', 3, 4, 20, 0, 0, 0, 8, 0);

    assertTrue(ContentSniffer.detect(truncated).isEmpty());
  }

  @Test
  void refusesSignaturesThatAreCutShort() {
    assertTrue(ContentSniffer.detect(ascii("%PDF")).isEmpty());
    assertTrue(ContentSniffer.detect(bytes(0xFF, 0xD8)).isEmpty());
    assertTrue(ContentSniffer.detect(bytes(0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A)).isEmpty());
  }

  @Test
  void refusesTextAndNothing() {
    assertTrue(ContentSniffer.detect(ascii("<html><body>pdf</body></html>")).isEmpty());
    assertTrue(ContentSniffer.detect(new byte[0]).isEmpty());
    assertTrue(ContentSniffer.detect(null).isEmpty());
  }

  @Test
  void findsTheMainPartInTheArchivesDirectoryWithoutInflatingAnything() throws IOException {
    byte[] bomb = Samples.docxBomb(64);

    assertEquals(Optional.of(EvidenceType.DOCX), ContentSniffer.detect(bomb));
  }
}
