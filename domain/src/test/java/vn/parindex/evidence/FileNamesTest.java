package vn.parindex.evidence;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** A user's file name is kept only as a safe label: no path, no control characters, bounded. */
class FileNamesTest {

  @Test
  void keepsAnOrdinaryVietnameseName() {
    assertEquals("Báo cáo CCHC quý 3.pdf", FileNames.sanitise("Báo cáo CCHC quý 3.pdf"));
  }

  @Test
  void keepsOnlyTheLastPartOfAUnixPath() {
    assertEquals("passwd.pdf", FileNames.sanitise("../../etc/passwd.pdf"));
  }

  @Test
  void keepsOnlyTheLastPartOfAWindowsPath() {
    assertEquals("x.pdf", FileNames.sanitise("..\\x.pdf"));
    assertEquals("y.pdf", FileNames.sanitise("C:\\Users\\a\\y.pdf"));
  }

  @Test
  void dropsControlAndInvisibleFormattingCharacters() {
    assertEquals("ab.pdf", FileNames.sanitise("a\u0000b\r\n.pdf"));
    // a right-to-left override would show "report‮fdp.exe" as "reportexe.pdf"
    assertEquals("reportfdp.exe", FileNames.sanitise("report\u202Efdp.exe"));
    assertEquals("tab.pdf", FileNames.sanitise("t\tab.pdf"));
  }

  @Test
  void replacesCharactersFileSystemsAndHeadersForbid() {
    assertEquals("a_b_c_.pdf", FileNames.sanitise("a\"b<c>.pdf"));
  }

  @Test
  void trimsDotsAndSpacesAtBothEnds() {
    assertEquals("htaccess", FileNames.sanitise(".htaccess"));
    assertEquals("a.pdf", FileNames.sanitise("  a.pdf. "));
  }

  @Test
  void givesANameWhenNothingIsLeft() {
    assertEquals(FileNames.FALLBACK, FileNames.sanitise(".."));
    assertEquals(FileNames.FALLBACK, FileNames.sanitise("../"));
    assertEquals(FileNames.FALLBACK, FileNames.sanitise(""));
    assertEquals(FileNames.FALLBACK, FileNames.sanitise(null));
  }

  @Test
  void composesDecomposedVietnamese() {
    String decomposed = "Quye\u0302\u0301t \u0111i\u0323nh.pdf"; // as some Mac tools send it

    assertEquals("Quyết định.pdf", FileNames.sanitise(decomposed));
  }

  @Test
  void shortensALongNameKeepingItsExtension() {
    String name = FileNames.sanitise("đ".repeat(300) + ".docx");

    assertEquals(FileNames.MAX_LENGTH, name.codePointCount(0, name.length()));
    assertTrue(name.endsWith("đ.docx"), name);
  }

  @Test
  void isIdempotent() {
    String once = FileNames.sanitise("../a/ b\u0007 .pdf ");

    assertEquals(once, FileNames.sanitise(once));
  }

  @Test
  void writesAnAsciiFallbackForDownloadHeaders() {
    assertEquals("Bao cao dot 1 Dang uy.pdf", FileNames.asciiFallback("Báo cáo đợt 1 Đảng ủy.pdf"));
    assertEquals("_a_ _b_.pdf", FileNames.asciiFallback("\"a\" \\b€.pdf"));
  }

  @Test
  void addsTheTypesExtensionWhenTheNameHasAnother() {
    assertEquals("scan.jpg", EvidenceType.JPEG.withExtension("scan"));
    assertEquals("scan.JPEG", EvidenceType.JPEG.withExtension("scan.JPEG"));
    assertEquals("setup.exe.pdf", EvidenceType.PDF.withExtension("setup.exe"));
  }
}
