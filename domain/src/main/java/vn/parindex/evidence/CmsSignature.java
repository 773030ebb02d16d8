package vn.parindex.evidence;

import java.io.IOException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.cert.CertificateException;
import java.time.Instant;
import java.util.Iterator;
import java.util.Optional;
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
 * The CMS signature (SignedData) inside a PDF signature, read with Bouncy Castle: its first
 * signer's certificate subject and signing time, and whether it verifies against the signed bytes
 * (the message digest of its signed attributes and the signature over them, with the JDK's own
 * algorithms). The certificate's chain is not followed.
 */
final class CmsSignature {
  private final CMSSignedData cms;
  private final SignerInformation signer;
  private final X509CertificateHolder certificate;

  private CmsSignature(CMSSignedData cms, SignerInformation signer) {
    this.cms = cms;
    this.signer = signer;
    Iterator<X509CertificateHolder> matches =
        cms.getCertificates().getMatches(signer.getSID()).iterator();
    this.certificate = matches.hasNext() ? matches.next() : null;
  }

  /**
   * Reads the {@code /Contents} of a PDF signature.
   *
   * @param signed the bytes of its byte range
   * @param sha1Encapsulated sub-filter adbe.pkcs7.sha1: the CMS signs the SHA-1 of those bytes,
   *     carried inside it, instead of the bytes themselves
   * @throws CMSException or IOException when it is no SignedData with a signer
   */
  static CmsSignature read(byte[] contents, byte[] signed, boolean sha1Encapsulated)
      throws CMSException, IOException {
    ContentInfo info;
    // the file reserves room for the signature and pads it with zeros, which are not DER
    try (ASN1InputStream in = new ASN1InputStream(contents)) {
      info = ContentInfo.getInstance(in.readObject());
    }
    CMSSignedData cms =
        sha1Encapsulated
            ? new CMSSignedData(info)
            : new CMSSignedData(new CMSProcessableByteArray(signed), info);
    Iterator<SignerInformation> signers = cms.getSignerInfos().getSigners().iterator();
    if (!signers.hasNext()) {
      throw new CMSException("A SignedData without a signer");
    }
    return new CmsSignature(cms, signers.next());
  }

  /** The certificate subject's CN. */
  Optional<String> commonName() {
    return attribute(BCStyle.CN);
  }

  /** The certificate subject's O, else its first OU. */
  Optional<String> organisation() {
    return attribute(BCStyle.O).or(() -> attribute(BCStyle.OU));
  }

  /** The signed attribute signingTime, when the signer put one (PAdES leaves it out). */
  Optional<Instant> signingTime() {
    AttributeTable attributes = signer.getSignedAttributes();
    Attribute time = attributes == null ? null : attributes.get(CMSAttributes.signingTime);
    if (time == null || time.getAttrValues().size() == 0) {
      return Optional.empty();
    }
    return Optional.of(Time.getInstance(time.getAttrValues().getObjectAt(0)).getDate().toInstant());
  }

  /** Whether the signature verifies against the signed bytes with its own certificate's key. */
  boolean verifies(byte[] signed, boolean sha1Encapsulated) {
    if (certificate == null) {
      return false;
    }
    try {
      return signer.verify(new JcaSimpleSignerInfoVerifierBuilder().build(certificate))
          && (!sha1Encapsulated || carriesSha1Of(signed));
    } catch (CMSException | OperatorCreationException | CertificateException | RuntimeException e) {
      // a digest that does not match, a certificate expired at signingTime, an unknown algorithm
      return false;
    }
  }

  private boolean carriesSha1Of(byte[] signed) {
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

  private Optional<String> attribute(ASN1ObjectIdentifier type) {
    X500Name subject = certificate == null ? null : certificate.getSubject();
    RDN[] rdns = subject == null ? new RDN[0] : subject.getRDNs(type);
    if (rdns.length == 0) {
      return Optional.empty();
    }
    ASN1Encodable value = rdns[0].getFirst().getValue();
    return Optional.of(
        value instanceof ASN1String text ? text.getString() : IETFUtils.valueToString(value));
  }
}
