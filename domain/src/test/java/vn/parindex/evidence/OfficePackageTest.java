package vn.parindex.evidence;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static vn.parindex.evidence.Samples.docxParts;
import static vn.parindex.evidence.Samples.utf8;
import static vn.parindex.evidence.Samples.zip;

import java.io.IOException;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;

/** A DOCX or XLSX is accepted only as a document: complete, of a sane size, with no program. */
class OfficePackageTest {

  @Test
  void acceptsAMinimalDocumentWithAPicture() throws IOException {
    Map<String, byte[]> parts = docxParts("Báo cáo");
    parts.put("word/media/image1.png", new byte[] {(byte) 0x89, 'P', 'N', 'G'});

    UploadedFile file = UploadedFile.inspect("bao-cao.docx", zip(parts), 1 << 20);

    assertEquals(EvidenceType.DOCX, file.type());
  }

  @Test
  void refusesADocxThatInflatesToTwoGibibytesNamingTheLimit() throws IOException {
    byte[] bomb = Samples.docxBomb(2048);

    assertEquals(EvidenceType.DOCX, ContentSniffer.detect(bomb).orElseThrow());
    InvalidEvidenceException e = refused(() -> UploadedFile.inspect("bom.docx", bomb, 20 << 20));

    assertEquals("evidence.file.inflatesTooMuch", e.messageKey());
    assertArrayEquals(new Object[] {"bom.docx", 100L}, e.arguments());
  }

  @Test
  void refusesAnExecutableBesideAnEmptyDocument() throws IOException {
    Map<String, byte[]> parts = docxParts("");
    parts.put("setup.exe", new byte[] {'M', 'Z', (byte) 0x90, 0});

    InvalidEvidenceException e = refusedDocx(parts);

    assertEquals("evidence.file.program", e.messageKey());
    assertArrayEquals(new Object[] {"a.docx", "setup.exe"}, e.arguments());
  }

  @Test
  void refusesAProgramUnderAnInnocentName() throws IOException {
    Map<String, byte[]> parts = docxParts("Báo cáo");
    parts.put("word/media/image2.png", new byte[] {'M', 'Z', (byte) 0x90, 0, 3});

    assertEquals("evidence.file.program", refusedDocx(parts).messageKey());
    parts.put("word/media/image2.png", utf8("#!/bin/sh\nrm -rf /\n"));
    assertEquals("evidence.file.program", refusedDocx(parts).messageKey());
  }

  @Test
  void refusesScriptsAndMacrosByName() throws IOException {
    for (String name :
        new String[] {
          "word/vbaProject.bin", "docProps/run.JS", "x/y.ps1", "a.bat", "b.vbs", "c.jar", "d.sh"
        }) {
      Map<String, byte[]> parts = docxParts("Báo cáo");
      parts.put(name, utf8("text"));

      InvalidEvidenceException e = refusedDocx(parts);

      assertEquals("evidence.file.program", e.messageKey(), name);
      assertEquals(name, e.arguments()[1]);
    }
  }

  @Test
  void refusesEntryNamesThatClimbOutOfTheArchive() throws IOException {
    for (String name : new String[] {"../../evil.xml", "/etc/passwd", "word\\..\\x.xml", "C:x"}) {
      Map<String, byte[]> parts = docxParts("Báo cáo");
      parts.put(name, utf8("<x/>"));

      InvalidEvidenceException e = refusedDocx(parts);

      assertEquals("evidence.file.entryName", e.messageKey(), name);
    }
  }

  @Test
  void refusesADocumentWithoutItsContentTypesOrWithAnEmptyMainPart() throws IOException {
    Map<String, byte[]> noTypes = docxParts("Báo cáo");
    noTypes.remove("[Content_Types].xml");
    Map<String, byte[]> empty = docxParts("");
    empty.put("word/document.xml", new byte[0]);

    InvalidEvidenceException missing = refusedDocx(noTypes);
    InvalidEvidenceException hollow = refusedDocx(empty);

    assertEquals("evidence.file.partMissing", missing.messageKey());
    assertArrayEquals(new Object[] {"a.docx", "DOCX", "[Content_Types].xml"}, missing.arguments());
    assertArrayEquals(new Object[] {"a.docx", "DOCX", "word/document.xml"}, hollow.arguments());
  }

  @Test
  void refusesAnArchiveWithMoreEntriesThanADocumentHas() throws IOException {
    Map<String, byte[]> parts = docxParts("Báo cáo");
    for (int i = 0; i <= OfficePackage.MAX_ENTRIES; i++) {
      parts.put("word/media/p" + i + ".xml", utf8("<p/>"));
    }

    InvalidEvidenceException e = refusedDocx(parts);

    assertEquals("evidence.file.tooManyParts", e.messageKey());
  }

  @Test
  void refusesAnEntryTheDirectoryListsButAWalkDoesNotReach() throws IOException {
    Map<String, byte[]> parts = docxParts("Báo cáo");
    Samples.RawZip zip = new Samples.RawZip();
    for (Map.Entry<String, byte[]> part : parts.entrySet()) {
      java.util.zip.CRC32 crc = new java.util.zip.CRC32();
      crc.update(part.getValue());
      zip.add(part.getKey(), 0, part.getValue(), part.getValue().length, crc.getValue());
    }
    byte[] archive = zip.finish();
    // the directory's first name is changed: Word would see another entry than a walk does
    byte[] tampered = archive.clone();
    int at = indexOf(tampered, utf8("[Content_Types].xml"), indexOf(tampered, utf8("PK\1\2"), 0));
    tampered[at + 1] = 'D';

    InvalidEvidenceException e = refused(() -> UploadedFile.inspect("a.docx", tampered, 1 << 20));

    assertEquals("evidence.file.damaged", e.messageKey());
  }

  private static InvalidEvidenceException refusedDocx(Map<String, byte[]> parts)
      throws IOException {
    byte[] docx = zip(parts);
    return refused(() -> UploadedFile.inspect("a.docx", docx, 1 << 20));
  }

  private static InvalidEvidenceException refused(Executable action) {
    InvalidEvidenceException e = assertThrows(InvalidEvidenceException.class, action);
    assertEquals("file", e.field());
    return e;
  }

  private static int indexOf(byte[] b, byte[] what, int from) {
    outer:
    for (int i = from; i + what.length <= b.length; i++) {
      for (int j = 0; j < what.length; j++) {
        if (b[i + j] != what[j]) {
          continue outer;
        }
      }
      return i;
    }
    throw new AssertionError("not found");
  }
}
