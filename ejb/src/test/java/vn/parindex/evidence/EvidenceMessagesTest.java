package vn.parindex.evidence;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.text.MessageFormat;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import java.util.ResourceBundle;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/** Every refusal about evidence reads well in Vietnamese and in English. */
class EvidenceMessagesTest {
  private static final String BUNDLE = "vn.parindex.i18n.ServiceMessages";

  /** The keys the domain, the service and the API raise. */
  private static final List<String> USED =
      List.of(
          "evidence.notFound",
          "evidence.notVisible",
          "evidence.notYours",
          "evidence.officeNotInAssessment",
          "evidence.office.unknown",
          "evidence.office.notYours",
          "evidence.assessment.required",
          "evidence.concurrentChange",
          "evidence.file.empty",
          "evidence.file.tooLarge",
          "evidence.file.typeRefused",
          "evidence.file.incomplete",
          "evidence.file.missing",
          "evidence.file.tampered",
          "evidence.number.tooLong",
          "evidence.date.required",
          "evidence.date.invalid",
          "evidence.issuer.required",
          "evidence.issuer.tooLong",
          "evidence.summary.required",
          "evidence.summary.tooLong",
          "evidence.header.invalid",
          "evidence.date.outOfRange",
          "evidence.file.damaged",
          "evidence.file.inflatesTooMuch",
          "evidence.file.tooManyParts",
          "evidence.file.partMissing",
          "evidence.file.program",
          "evidence.file.entryName",
          "evidence.file.pdfActive",
          "evidence.file.pdfUnchecked");

  private static ResourceBundle bundle(Locale locale) {
    return ResourceBundle.getBundle(
        BUNDLE,
        locale,
        ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
  }

  /** The evidence keys of one properties file itself, without those of its parent bundle. */
  private static Set<String> evidenceKeys(String suffix) throws IOException {
    Properties properties = new Properties();
    String file = "/" + BUNDLE.replace('.', '/') + suffix + ".properties";
    try (InputStream in = EvidenceMessagesTest.class.getResourceAsStream(file)) {
      properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
    }
    Set<String> keys = new TreeSet<>();
    properties.stringPropertyNames().stream()
        .filter(k -> k.startsWith("evidence."))
        .forEach(keys::add);
    return keys;
  }

  @Test
  void everyUsedKeyIsTranslatedAndNoOtherExists() throws IOException {
    for (String suffix : List.of("", "_vi", "_en")) {
      assertEquals(new TreeSet<>(USED), evidenceKeys(suffix), "ServiceMessages" + suffix);
    }
  }

  @Test
  void theSizeLimitIsWrittenTheReadersWay() {
    String vi = format(Locale.forLanguageTag("vi"), "evidence.file.tooLarge", new BigDecimal("20"));
    String en = format(Locale.ENGLISH, "evidence.file.tooLarge", new BigDecimal("0.5"));

    assertTrue(vi.contains("20 MB"), vi);
    assertTrue(en.contains("0.5 MB"), en);
  }

  @Test
  void englishApostrophesSurviveFormatting() {
    String en = format(Locale.ENGLISH, "evidence.notVisible", "7");

    assertTrue(en.contains("office's"), en);
    assertTrue(en.contains("document 7"), en);
  }

  @Test
  void theTamperedFileMessageNamesTheDocumentAndTheChecksum() {
    String vi = format(Locale.forLanguageTag("vi"), "evidence.file.tampered", "7", "báo cáo.pdf");

    assertTrue(vi.contains("số 7") && vi.contains("báo cáo.pdf") && vi.contains("SHA-256"), vi);
  }

  private static String format(Locale locale, String key, Object... arguments) {
    return new MessageFormat(bundle(locale).getString(key), locale).format(arguments);
  }
}
