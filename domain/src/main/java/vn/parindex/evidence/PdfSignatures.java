package vn.parindex.evidence;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.interactive.digitalsignature.PDSignature;
import org.bouncycastle.cms.CMSException;

/**
 * Reads the digital signatures of a PDF (PAdES and the older Adobe CMS kinds) with PDFBox and
 * checks each CMS signature against the bytes of its byte range with Bouncy Castle: the digest in
 * its signed attributes and the signature over them. Certificate chains are not followed.
 *
 * <p>A signed revision ends where its byte range ends; anything after the last signed revision was
 * added by nobody who signed ("modified after signing"). A later revision that carries another
 * signature (a countersignature, the organisation's seal after the leader's signature) is normal in
 * Vietnamese documents and is not flagged: the earlier signature then only "does not cover the
 * whole document".
 *
 * <p>Call only on a PDF that {@link PdfActiveContent} accepted: its object streams are then known
 * to unpack within a bound. A file without {@code /ByteRange} is not parsed at all: a signature
 * dictionary cannot sit in a compressed object stream, since its byte range must skip its contents.
 * Nothing here throws: what cannot be read becomes an {@linkplain DocumentSignature#unreadable
 * unreadable} signature.
 */
public final class PdfSignatures {
  private static final byte[] BYTE_RANGE = "/ByteRange".getBytes(StandardCharsets.US_ASCII);
  private static final String DOCUMENT_TIMESTAMP = "ETSI.RFC3161";
  private static final String SHA1_ENCAPSULATED = "adbe.pkcs7.sha1";

  private PdfSignatures() {}

  /** The document's signatures in the order of its signature fields; empty when unsigned. */
  public static List<DocumentSignature> read(byte[] pdf) {
    if (!contains(pdf, BYTE_RANGE)) {
      return List.of();
    }
    try (PDDocument document = Loader.loadPDF(pdf)) {
      List<PDSignature> dictionaries = document.getSignatureDictionaries();
      long length = lengthWithoutTrailingBlanks(pdf);
      long lastSigned = dictionaries.stream().mapToLong(d -> end(d.getByteRange())).max().orElse(0);
      boolean modified = lastSigned < length;
      List<DocumentSignature> signatures = new ArrayList<>();
      for (PDSignature dictionary : dictionaries) {
        if (!DOCUMENT_TIMESTAMP.equals(dictionary.getSubFilter())) {
          signatures.add(one(dictionary, pdf, length, modified));
        }
      }
      return signatures;
    } catch (IOException | RuntimeException e) {
      return List.of(DocumentSignature.unreadable(null, null));
    }
  }

  private static DocumentSignature one(
      PDSignature dictionary, byte[] pdf, long length, boolean modified) {
    String name = dictionary.getName();
    Instant m = dictionary.getSignDate() == null ? null : dictionary.getSignDate().toInstant();
    int[] range = dictionary.getByteRange();
    if (!wellFormed(range, pdf.length)) {
      return DocumentSignature.unreadable(name, m);
    }
    try {
      byte[] signed = dictionary.getSignedContent(pdf);
      boolean sha1 = SHA1_ENCAPSULATED.equals(dictionary.getSubFilter());
      CmsSignature cms = CmsSignature.read(dictionary.getContents(), signed, sha1);
      return DocumentSignature.read(
          cms.commonName().orElse(name),
          cms.organisation().orElse(null),
          cms.signingTime().orElse(m),
          end(range) >= length,
          modified,
          cms.verifies(signed, sha1));
    } catch (CMSException | IOException | RuntimeException e) {
      return DocumentSignature.unreadable(name, m);
    }
  }

  /** From the start of the file to the signature, then from after it to within the file. */
  private static boolean wellFormed(int[] range, long length) {
    return range != null
        && range.length == 4
        && range[0] == 0
        && range[1] > 0
        && range[2] > range[1]
        && range[3] >= 0
        && end(range) <= length;
  }

  private static long end(int[] range) {
    return range == null || range.length != 4 ? 0 : (long) range[2] + range[3];
  }

  /** A line end or padding written after the last %%EOF is not a change to the document. */
  private static long lengthWithoutTrailingBlanks(byte[] pdf) {
    int end = pdf.length;
    while (end > 0
        && (pdf[end - 1] == '\n'
            || pdf[end - 1] == '\r'
            || pdf[end - 1] == ' '
            || pdf[end - 1] == 0)) {
      end--;
    }
    return end;
  }

  private static boolean contains(byte[] content, byte[] wanted) {
    outer:
    for (int i = 0; i <= content.length - wanted.length; i++) {
      for (int j = 0; j < wanted.length; j++) {
        if (content[i + j] != wanted[j]) {
          continue outer;
        }
      }
      return true;
    }
    return false;
  }
}
