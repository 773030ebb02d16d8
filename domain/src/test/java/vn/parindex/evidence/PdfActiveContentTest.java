package vn.parindex.evidence;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static vn.parindex.evidence.Samples.latin1;
import static vn.parindex.evidence.Samples.pdf;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.Arrays;
import java.util.Optional;
import java.util.zip.Deflater;
import java.util.zip.DeflaterOutputStream;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocumentNameDictionary;
import org.apache.pdfbox.pdmodel.PDJavascriptNameTreeNode;
import org.apache.pdfbox.pdmodel.encryption.AccessPermission;
import org.apache.pdfbox.pdmodel.encryption.StandardProtectionPolicy;
import org.apache.pdfbox.pdmodel.interactive.action.PDActionJavaScript;
import org.apache.pdfbox.pdmodel.interactive.action.PDActionLaunch;
import org.apache.pdfbox.pdmodel.interactive.action.PDPageAdditionalActions;
import org.junit.jupiter.api.Test;

/** A PDF that runs scripts or programs is refused; one that only shows its pages is accepted. */
class PdfActiveContentTest {

  @Test
  void acceptsPlainPdfsCompressedOrNot() throws IOException {
    assertEquals(Optional.empty(), PdfActiveContent.find(pdf("Bao cao")));
    assertEquals(Optional.empty(), PdfActiveContent.find(pdf("Bao cao", d -> {}, false)));
    assertEquals(EvidenceType.PDF, UploadedFile.inspect("a.pdf", pdf("x"), 1 << 20).type());
  }

  @Test
  void refusesAJavaScriptOpenActionHiddenInAnObjectStream() throws IOException {
    byte[] scripted =
        pdf(
            "Bao cao",
            d -> d.getDocumentCatalog().setOpenAction(new PDActionJavaScript("app.alert(1)")),
            true);
    // compressed: the raw bytes do not even contain the name
    assertEquals(
        -1, new String(scripted, java.nio.charset.StandardCharsets.ISO_8859_1).indexOf("/JS"));

    InvalidEvidenceException e =
        assertThrows(
            InvalidEvidenceException.class,
            () -> UploadedFile.inspect("bc.pdf", scripted, 1 << 20));

    assertEquals("file", e.field());
    assertEquals("evidence.file.pdfActive", e.messageKey());
    assertEquals("bc.pdf", e.arguments()[0]);
  }

  @Test
  void refusesJavaScriptInPlainObjectsAndInTheNameTree() throws IOException {
    byte[] pageAction =
        pdf(
            "x",
            d -> {
              PDPageAdditionalActions actions = new PDPageAdditionalActions();
              actions.setO(new PDActionJavaScript("app.launchURL('http://x')"));
              d.getPage(0).setActions(actions);
            },
            false);
    byte[] nameTree =
        pdf(
            "x",
            d -> {
              PDDocumentNameDictionary names = new PDDocumentNameDictionary(d.getDocumentCatalog());
              names.setJavascript(new PDJavascriptNameTreeNode());
              d.getDocumentCatalog().setNames(names);
            },
            true);

    assertEquals(Optional.of("JavaScript"), PdfActiveContent.find(pageAction));
    assertEquals(Optional.of("JavaScript"), PdfActiveContent.find(nameTree));
  }

  @Test
  void refusesALaunchAction() throws IOException {
    byte[] launch =
        pdf(
            "x",
            d -> {
              PDActionLaunch action = new PDActionLaunch();
              action.getCOSObject().setString(COSName.F, "cmd.exe");
              d.getDocumentCatalog().setOpenAction(action);
            },
            true);

    assertEquals(Optional.of("Launch"), PdfActiveContent.find(launch));
  }

  @Test
  void readsNamesWithTheirEscapesUndone() {
    byte[] escaped =
        latin1(
            "%PDF-1.4\n1 0 obj\n<< /Type /Catalog /OpenAction << /S /J#61vaScript /J#53 (x) >> >>"
                + "\nendobj\ntrailer << /Root 1 0 R >>\n%%EOF\n");

    assertEquals(Optional.of("JavaScript"), PdfActiveContent.find(escaped));
  }

  @Test
  void aDocumentThatOnlyMentionsJavaScriptInATextIsAccepted() {
    byte[] mention =
        latin1(
            "%PDF-1.4\n% a comment about /JavaScript\n1 0 obj\n<< /Title (On /JavaScript \\) and"
                + " (/Launch)) /Subject <2F4A53> >>\nendobj\n2 0 obj\n<< /Length 12 >>\nstream\n"
                + "/JS /Launch\nendstream\nendobj\n%%EOF\n");

    assertEquals(Optional.empty(), PdfActiveContent.find(mention));
  }

  @Test
  void refusesAnObjectStreamThatInflatesBeyondTheBudgetAsUnchecked() throws IOException {
    ByteArrayOutputStream deflated = new ByteArrayOutputStream();
    try (DeflaterOutputStream out = new DeflaterOutputStream(deflated, new Deflater(9))) {
      byte[] spaces = new byte[1 << 20];
      Arrays.fill(spaces, (byte) ' ');
      for (long written = 0;
          written <= PdfActiveContent.MAX_INFLATED_BYTES;
          written += spaces.length) {
        out.write(spaces);
      }
    }
    byte[] bomb = objectStream("/Filter /FlateDecode", deflated.toByteArray());

    InvalidEvidenceException e =
        assertThrows(InvalidEvidenceException.class, () -> PdfActiveContent.check(bomb, "bom.pdf"));

    assertEquals("evidence.file.pdfUnchecked", e.messageKey());
    assertArrayEquals(new Object[] {"bom.pdf"}, e.arguments());
  }

  @Test
  void refusesAnObjectStreamItCannotReadAsUnchecked() {
    byte[] lzw = objectStream("/Filter /LZWDecode", latin1("garbage"));
    byte[] broken = objectStream("/Filter /FlateDecode", latin1("not deflated at all"));

    assertThrows(PdfActiveContent.Unreadable.class, () -> PdfActiveContent.find(lzw));
    assertThrows(PdfActiveContent.Unreadable.class, () -> PdfActiveContent.find(broken));
  }

  @Test
  void readsAnUncompressedObjectStream() {
    byte[] plain = objectStream("", latin1("4 0 << /S /Launch /F (calc.exe) >>"));

    assertEquals(Optional.of("Launch"), PdfActiveContent.find(plain));
  }

  /**
   * Decided: an encrypted PDF (even one that opens without a password and only forbids editing)
   * keeps its compressed dictionaries encrypted, so they cannot be checked: it is refused, and the
   * message asks for the protection to be removed or the document printed to a new PDF.
   */
  @Test
  void refusesAnEncryptedPdfWhoseDictionariesCannotBeRead() throws IOException {
    byte[] protectedPdf =
        pdf(
            "x",
            d -> {
              StandardProtectionPolicy policy =
                  new StandardProtectionPolicy("owner", "", new AccessPermission());
              policy.setEncryptionKeyLength(128);
              d.protect(policy);
            },
            true);

    InvalidEvidenceException e =
        assertThrows(
            InvalidEvidenceException.class, () -> PdfActiveContent.check(protectedPdf, "mat.pdf"));

    assertEquals("evidence.file.pdfUnchecked", e.messageKey());
  }

  private static byte[] objectStream(String filter, byte[] data) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    out.writeBytes(
        latin1(
            "%PDF-1.5\n3 0 obj\n<< /Type /ObjStm /N 1 /First 4 "
                + filter
                + " /Length "
                + data.length
                + " >>\nstream\n"));
    out.writeBytes(data);
    out.writeBytes(latin1("\nendstream\nendobj\n%%EOF\n"));
    return out.toByteArray();
  }
}
