package vn.parindex.evidence;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.cert.CertificateException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.interactive.digitalsignature.PDSignature;
import org.bouncycastle.asn1.ASN1Encodable;
import org.bouncycastle.asn1.ASN1InputStream;
import org.bouncycastle.asn1.ASN1ObjectIdentifier;
import org.bouncycastle.asn1.ASN1OctetString;
import org.bouncycastle.asn1.ASN1String;
import org.bouncycastle.asn1.cms.Attribute;
import org.bouncycastle.asn1.cms.AttributeTable;
import org.bouncycastle.asn1.cms.CMSAttributes;
import org.bouncycastle.asn1.cms.ContentInfo;
import org.bouncycastle.asn1.cms.Time;
import org.bouncycastle.asn1.x500.RDN;
import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.asn1.x500.style.BCStyle;
import org.bouncycastle.asn1.x500.style.IETFUtils;
import org.bouncycastle.cert.X509CertificateHolder;
import org.bouncycastle.cms.CMSException;
import org.bouncycastle.cms.CMSProcessableByteArray;
import org.bouncycastle.cms.CMSSignedData;
import org.bouncycastle.cms.SignerInformation;
import org.bouncycastle.cms.jcajce.JcaSimpleSignerInfoVerifierBuilder;
import org.bouncycastle.operator.OperatorCreationException;

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
      ContentInfo contents = contentInfo(dictionary.getContents());
      boolean encapsulated = SHA1_ENCAPSULATED.equals(dictionary.getSubFilter());
      CMSSignedData cms =
          encapsulated
              ? new CMSSignedData(contents)
              : new CMSSignedData(new CMSProcessableByteArray(signed), contents);
      Iterator<SignerInformation> signers = cms.getSignerInfos().getSigners().iterator();
      if (!signers.hasNext()) {
        return DocumentSignature.unreadable(name, m);
      }
      SignerInformation signer = signers.next();
      X509CertificateHolder certificate = certificate(cms, signer);
      X500Name subject = certificate == null ? null : certificate.getSubject();
      String signerName = attribute(subject, BCStyle.CN);
      String organisation = attribute(subject, BCStyle.O);
      boolean valid =
          certificate != null
              && verifies(signer, certificate)
              && (!encapsulated || sha1Encapsulated(cms, signed));
      return DocumentSignature.read(
          signerName == null ? name : signerName,
          organisation == null ? attribute(subject, BCStyle.OU) : organisation,
          signingTime(signer, m),
          end(range) >= length,
          modified,
          valid);
    } catch (CMSException | IOException | RuntimeException e) {
      return DocumentSignature.unreadable(name, m);
    }
  }

  /** The CMS structure without the zeros that pad it to the space reserved in the file. */
  private static ContentInfo contentInfo(byte[] contents) throws IOException {
    try (ASN1InputStream in = new ASN1InputStream(contents)) {
      return ContentInfo.getInstance(in.readObject());
    }
  }

  private static X509CertificateHolder certificate(CMSSignedData cms, SignerInformation signer) {
    Iterator<X509CertificateHolder> matches =
        cms.getCertificates().getMatches(signer.getSID()).iterator();
    return matches.hasNext() ? matches.next() : null;
  }

  private static boolean verifies(SignerInformation signer, X509CertificateHolder certificate) {
    try {
      return signer.verify(new JcaSimpleSignerInfoVerifierBuilder().build(certificate));
    } catch (CMSException | OperatorCreationException | CertificateException | RuntimeException e) {
      // a digest that does not match, a certificate expired at signingTime, an unknown algorithm
      return false;
    }
  }

  /** adbe.pkcs7.sha1 signs the SHA-1 of the byte range, carried inside the CMS. */
  private static boolean sha1Encapsulated(CMSSignedData cms, byte[] signed) {
    try {
      Object content = cms.getSignedContent() == null ? null : cms.getSignedContent().getContent();
      byte[] carried =
          content instanceof byte[] bytes ? ASN1OctetString.getInstance(bytes).getOctets() : null;
      return carried != null
          && MessageDigest.isEqual(carried, MessageDigest.getInstance("SHA-1").digest(signed));
    } catch (NoSuchAlgorithmException | RuntimeException e) {
      return false;
    }
  }

  private static Instant signingTime(SignerInformation signer, Instant m) {
    AttributeTable attributes = signer.getSignedAttributes();
    Attribute time = attributes == null ? null : attributes.get(CMSAttributes.signingTime);
    if (time == null || time.getAttrValues().size() == 0) {
      return m;
    }
    return Time.getInstance(time.getAttrValues().getObjectAt(0)).getDate().toInstant();
  }

  private static String attribute(X500Name subject, ASN1ObjectIdentifier type) {
    RDN[] rdns = subject == null ? new RDN[0] : subject.getRDNs(type);
    if (rdns.length == 0) {
      return null;
    }
    ASN1Encodable value = rdns[0].getFirst().getValue();
    return value instanceof ASN1String text ? text.getString() : IETFUtils.valueToString(value);
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
