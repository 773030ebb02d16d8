package vn.parindex.catalogue.exchange;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Locale;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import vn.parindex.catalogue.IndexVersion;

/** The demo index and workbooks made from it, for the tests of this package. */
final class Fixtures {
  static final Locale VIETNAMESE = Locale.forLanguageTag("vi");

  private Fixtures() {}

  static IndexVersion demoIndex() {
    try (InputStream yaml =
        Fixtures.class.getResourceAsStream("/exchange/demo-index-district-2023.yaml")) {
      return new IndexYamlReader().read(yaml);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static byte[] exported(IndexVersion version) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    new IndexWorkbook().write(version, out);
    return out.toByteArray();
  }

  static byte[] template() {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    new IndexWorkbook().writeTemplate(out);
    return out.toByteArray();
  }

  static Workbook open(byte[] xlsx) {
    try {
      return new XSSFWorkbook(new ByteArrayInputStream(xlsx));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static byte[] bytes(Workbook workbook) {
    try (workbook) {
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      workbook.write(out);
      return out.toByteArray();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static IndexVersion importWorkbook(byte[] xlsx) {
    return new IndexWorkbook().read(new ByteArrayInputStream(xlsx));
  }
}
