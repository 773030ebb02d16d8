package vn.parindex.evidence;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.math.BigInteger;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.cert.X509Certificate;
import java.time.Instant;
import java.util.Calendar;
import java.util.Date;
import java.util.Hashtable;
import java.util.List;
import java.util.Map;
import java.util.TimeZone;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.interactive.digitalsignature.PDSignature;
import org.bouncycastle.asn1.DERSet;
import org.bouncycastle.asn1.cms.Attribute;
import org.bouncycastle.asn1.cms.AttributeTable;
import org.bouncycastle.asn1.cms.CMSAttributes;
import org.bouncycastle.asn1.cms.Time;
import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.asn1.x500.X500NameBuilder;
import org.bouncycastle.asn1.x500.style.BCStyle;
import org.bouncycastle.cert.jcajce.JcaCertStore;
import org.bouncycastle.cert.jcajce.JcaX509CertificateConverter;
import org.bouncycastle.cert.jcajce.JcaX509v3CertificateBuilder;
import org.bouncycastle.cms.CMSException;
import org.bouncycastle.cms.CMSProcessableByteArray;
import org.bouncycastle.cms.CMSSignedDataGenerator;
import org.bouncycastle.cms.DefaultSignedAttributeTableGenerator;
import org.bouncycastle.cms.jcajce.JcaSignerInfoGeneratorBuilder;
import org.bouncycastle.operator.ContentSigner;
import org.bouncycastle.operator.OperatorCreationException;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;
import org.bouncycastle.operator.jcajce.JcaDigestCalculatorProviderBuilder;

/**
 * PDFs signed during the test, as a government signing tool would (a detached CMS in a PDF
 * signature), by a self-signed certificate made here with a Vietnamese name and organisation.
 */
final class SignedPdfs {
  static final String SIGNER = "Nguyễn Văn A";
  static final String ORGANISATION = "Sở Tư pháp tỉnh Minh họa";

  private final KeyPair keys;
  private final X509Certificate certificate;

  SignedPdfs() throws GeneralSecurityException, OperatorCreationException {
    KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
    generator.initialize(2048);
    keys = generator.generateKeyPair();
    X500Name subject =
        new X500NameBuilder(BCStyle.INSTANCE)
            .addRDN(BCStyle.C, "VN")
            .addRDN(BCStyle.O, ORGANISATION)
            .addRDN(BCStyle.CN, SIGNER)
            .build();
    var holder =
        new JcaX509v3CertificateBuilder(
                subject,
                BigInteger.valueOf(System.nanoTime()),
                Date.from(Instant.parse("2020-01-01T00:00:00Z")),
                Date.from(Instant.parse("2040-01-01T00:00:00Z")),
                subject,
                keys.getPublic())
            .build(new JcaContentSignerBuilder("SHA256withRSA").build(keys.getPrivate()));
    certificate = new JcaX509CertificateConverter().getCertificate(holder);
  }

  /**
   * Signs the PDF in an incremental update, with the CMS attribute signingTime and the dictionary's
   * M both at {@code when}.
   */
  byte[] sign(byte[] pdf, Instant when) throws IOException {
    return sign(pdf, when, PDSignature.SUBFILTER_ADBE_PKCS7_DETACHED, true);
  }

  /**
   * Signs as PAdES does: sub-filter ETSI.CAdES.detached and no signingTime attribute, the time only
   * in the dictionary's M.
   */
  byte[] signPades(byte[] pdf, Instant when) throws IOException {
    return sign(pdf, when, PDSignature.SUBFILTER_ETSI_CADES_DETACHED, false);
  }

  private byte[] sign(byte[] pdf, Instant when, COSName subFilter, boolean signingTime)
      throws IOException {
    try (PDDocument document = Loader.loadPDF(pdf);
        ByteArrayOutputStream out = new ByteArrayOutputStream()) {
      PDSignature signature = new PDSignature();
      signature.setFilter(PDSignature.FILTER_ADOBE_PPKLITE);
      signature.setSubFilter(subFilter);
      signature.setName(SIGNER);
      Calendar m = Calendar.getInstance(TimeZone.getTimeZone("Asia/Ho_Chi_Minh"));
      m.setTimeInMillis(when.toEpochMilli());
      signature.setSignDate(m);
      document.addSignature(signature, content -> cms(content, when, signingTime));
      document.saveIncremental(out);
      return out.toByteArray();
    }
  }

  /** Adds a page in an incremental update after the last signature, as an editor would. */
  static byte[] changeAfterSigning(byte[] signed) throws IOException {
    try (PDDocument document = Loader.loadPDF(signed);
        ByteArrayOutputStream out = new ByteArrayOutputStream()) {
      PDPage page = new PDPage();
      document.addPage(page);
      page.getCOSObject().setNeedToBeUpdated(true);
      document.getPages().getCOSObject().setNeedToBeUpdated(true);
      document.getDocumentCatalog().getCOSObject().setNeedToBeUpdated(true);
      document.saveIncremental(out);
      return out.toByteArray();
    }
  }

  private byte[] cms(InputStream content, Instant when, boolean signingTime) throws IOException {
    try {
      ContentSigner signer = new JcaContentSignerBuilder("SHA256withRSA").build(keys.getPrivate());
      AttributeTable time =
          new AttributeTable(
              new Attribute(CMSAttributes.signingTime, new DERSet(new Time(Date.from(when)))));
      var attributes =
          signingTime
              ? new DefaultSignedAttributeTableGenerator(time)
              : new DefaultSignedAttributeTableGenerator() {
                @Override
                @SuppressWarnings("rawtypes")
                protected Hashtable createStandardAttributeTable(Map parameters) {
                  Hashtable table = super.createStandardAttributeTable(parameters);
                  table.remove(CMSAttributes.signingTime);
                  return table;
                }
              };
      CMSSignedDataGenerator generator = new CMSSignedDataGenerator();
      generator.addSignerInfoGenerator(
          new JcaSignerInfoGeneratorBuilder(new JcaDigestCalculatorProviderBuilder().build())
              .setSignedAttributeGenerator(attributes)
              .build(signer, certificate));
      generator.addCertificates(new JcaCertStore(List.of(certificate)));
      return generator
          .generate(new CMSProcessableByteArray(content.readAllBytes()), false)
          .getEncoded();
    } catch (OperatorCreationException | GeneralSecurityException | CMSException e) {
      throw new IOException(e);
    }
  }
}
