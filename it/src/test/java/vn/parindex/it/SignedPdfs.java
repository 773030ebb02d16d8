package vn.parindex.it;

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
import java.util.List;
import java.util.TimeZone;
import org.apache.pdfbox.Loader;
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
import org.bouncycastle.operator.OperatorCreationException;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;
import org.bouncycastle.operator.jcajce.JcaDigestCalculatorProviderBuilder;

/**
 * PDFs signed during the test (a detached CMS in a PDF signature, as a government signing tool
 * writes it) by a self-signed certificate made here with a Vietnamese name and organisation. The
 * domain's tests have their own, fuller copy: there is no shared test jar.
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
    certificate =
        new JcaX509CertificateConverter()
            .getCertificate(
                new JcaX509v3CertificateBuilder(
                        subject,
                        BigInteger.valueOf(System.nanoTime()),
                        Date.from(Instant.parse("2020-01-01T00:00:00Z")),
                        Date.from(Instant.parse("2040-01-01T00:00:00Z")),
                        subject,
                        keys.getPublic())
                    .build(new JcaContentSignerBuilder("SHA256withRSA").build(keys.getPrivate())));
  }

  /** Signs in an incremental update, with signingTime and the dictionary's M at {@code when}. */
  byte[] sign(byte[] pdf, Instant when) throws IOException {
    try (PDDocument document = Loader.loadPDF(pdf);
        ByteArrayOutputStream out = new ByteArrayOutputStream()) {
      PDSignature signature = new PDSignature();
      signature.setFilter(PDSignature.FILTER_ADOBE_PPKLITE);
      signature.setSubFilter(PDSignature.SUBFILTER_ADBE_PKCS7_DETACHED);
      signature.setName(SIGNER);
      Calendar m = Calendar.getInstance(TimeZone.getTimeZone(Vietnam.ZONE));
      m.setTimeInMillis(when.toEpochMilli());
      signature.setSignDate(m);
      document.addSignature(signature, content -> cms(content, when));
      document.saveIncremental(out);
      return out.toByteArray();
    }
  }

  /** Adds a page in an incremental update after the signature, as an editor would. */
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

  private byte[] cms(InputStream content, Instant when) throws IOException {
    try {
      AttributeTable time =
          new AttributeTable(
              new Attribute(CMSAttributes.signingTime, new DERSet(new Time(Date.from(when)))));
      CMSSignedDataGenerator generator = new CMSSignedDataGenerator();
      generator.addSignerInfoGenerator(
          new JcaSignerInfoGeneratorBuilder(new JcaDigestCalculatorProviderBuilder().build())
              .setSignedAttributeGenerator(new DefaultSignedAttributeTableGenerator(time))
              .build(
                  new JcaContentSignerBuilder("SHA256withRSA").build(keys.getPrivate()),
                  certificate));
      generator.addCertificates(new JcaCertStore(List.of(certificate)));
      return generator
          .generate(new CMSProcessableByteArray(content.readAllBytes()), false)
          .getEncoded();
    } catch (OperatorCreationException | GeneralSecurityException | CMSException e) {
      throw new IOException(e);
    }
  }
}
