package vn.parindex.it;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import java.io.IOException;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.util.Locale;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * A unit's documents are headed and signed as its kind says: a department's under the province's
 * People's Committee and signed by its Giám đốc, a commune's under "ỦY BAN NHÂN DÂN", and a Văn
 * phòng's own scorecard by its Chánh Văn phòng. Units of the test's own; the demo unit, which has
 * no kind, keeps the People's Committee's titles (ScorecardIT).
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class UnitKindDocumentsIT {
  private final Api admin = new Api("admin");
  private final String suffix = Long.toString(System.nanoTime(), 36);

  @Test
  void aDepartmentsDocumentsCarryItsOwnHeaderAndItsDirectorsTitles() throws Exception {
    long unit = unit("Sở Tư pháp " + suffix, "UBND tỉnh Gia Lai");
    kind("so-" + suffix, "GIÁM ĐỐC", "KT. GIÁM ĐỐC\\nPHÓ GIÁM ĐỐC", null);
    place(unit, "so-" + suffix);
    long assessment = assessment(unit, "van-phong", "Văn phòng Sở");

    String scorecard = text("assessments/" + assessment + "/scorecard.pdf");
    String report = text("assessments/" + assessment + "/self-assessment-report.pdf");
    String office = text("assessments/" + assessment + "/offices/van-phong/scorecard.pdf");

    String name = ("Sở Tư pháp " + suffix).toUpperCase(new Locale("vi"));
    assertAll(
        () -> assertTrue(scorecard.contains("UBND TỈNH GIA LAI"), scorecard),
        () -> assertTrue(scorecard.contains(name), scorecard),
        () -> assertTrue(scorecard.contains("KT. GIÁM ĐỐC PHÓ GIÁM ĐỐC"), scorecard),
        () -> assertFalse(scorecard.contains("CHỦ TỊCH"), scorecard),
        () -> assertTrue(report.contains("UBND TỈNH GIA LAI"), report),
        () -> assertTrue(report.contains("GIÁM ĐỐC"), report),
        () -> assertFalse(report.contains("ỦY BAN NHÂN DÂN CHỦ TỊCH"), report),
        () -> assertTrue(report.contains("Giám đốc Sở Tư pháp " + suffix), report),
        () -> assertFalse(report.contains("Chủ tịch Sở"), report),
        () -> assertTrue(office.contains("CHÁNH VĂN PHÒNG"), office),
        () -> assertFalse(office.contains("TRƯỞNG PHÒNG"), office));
  }

  @Test
  void aCommuneIsHeadedByItsPeoplesCommitteeAndAnOfficeSignsWithTheTitleGiven() throws Exception {
    long unit = unit("Xã Ia Thử " + suffix, null);
    kind(
        "xa-" + suffix,
        "TM. ỦY BAN NHÂN DÂN\\nCHỦ TỊCH",
        "KT. CHỦ TỊCH\\nPHÓ CHỦ TỊCH",
        "ỦY BAN NHÂN DÂN");
    place(unit, "xa-" + suffix);
    long assessment = assessment(unit, "vp", "Văn phòng HĐND và UBND");
    HttpResponse<String> entitled =
        admin.put(
            "units/" + unit + "/offices/vp",
            "{\"headTitle\": \"KT. CHÁNH VĂN PHÒNG\\nPHÓ CHÁNH VĂN PHÒNG\"}");
    assertEquals(200, entitled.statusCode(), entitled.body());

    String scorecard = text("assessments/" + assessment + "/scorecard.pdf");
    String report = text("assessments/" + assessment + "/self-assessment-report.pdf");
    String office = text("assessments/" + assessment + "/offices/vp/scorecard.pdf");

    assertAll(
        () -> assertTrue(scorecard.contains("ỦY BAN NHÂN DÂN"), scorecard),
        () -> assertTrue(scorecard.contains(("XÃ IA THỬ " + suffix).toUpperCase()), scorecard),
        () -> assertTrue(scorecard.contains("KT. CHỦ TỊCH PHÓ CHỦ TỊCH"), scorecard),
        () -> assertTrue(report.contains("TM. ỦY BAN NHÂN DÂN CHỦ TỊCH"), report),
        () -> assertTrue(report.contains("Chủ tịch Xã Ia Thử " + suffix), report),
        () -> assertTrue(office.contains("KT. CHÁNH VĂN PHÒNG PHÓ CHÁNH VĂN PHÒNG"), office));
  }

  private long unit(String name, String superior) throws Exception {
    HttpResponse<String> created =
        admin.post(
            "units",
            "{\"name\": \""
                + name
                + "\", \"level\": \"district\""
                + (superior == null ? "" : ", \"superiorName\": \"" + superior + "\"")
                + ", \"placeName\": \"Gia Lai\"}");
    assertEquals(201, created.statusCode(), created.body());
    return ((JsonObject) Api.json(created)).getJsonNumber("id").longValue();
  }

  private void kind(String code, String head, String deputy, String above) throws Exception {
    HttpResponse<String> created =
        admin.post(
            "unit-kinds",
            "{\"code\": \""
                + code
                + "\", \"name\": \"Loại "
                + code
                + "\", \"headSignature\": \""
                + head
                + "\", \"deputySignature\": \""
                + deputy
                + "\""
                + (above == null ? "" : ", \"letterheadAbove\": \"" + above + "\"")
                + "}");
    assertEquals(201, created.statusCode(), created.body());
  }

  private void place(long unit, String kind) throws Exception {
    HttpResponse<String> placed =
        admin.put("units/" + unit + "/placement", "{\"kind\": \"" + kind + "\"}");
    assertEquals(200, placed.statusCode(), placed.body());
  }

  /** An assessment of the unit whose every area its consolidating office holds. */
  private long assessment(long unit, String officeCode, String officeName) throws Exception {
    Api.json(
        admin.post(
            "units/" + unit + "/offices",
            "{\"code\": \""
                + officeCode
                + "\", \"name\": \""
                + officeName
                + "\", \"consolidating\": true}"));
    long version = demoVersion();
    LocalDate deadline = LocalDate.now().plusDays(60);
    long assessment =
        ((JsonObject)
                Api.json(
                    admin.post(
                        "assessments",
                        "{\"unit\": "
                            + unit
                            + ", \"year\": "
                            + deadline.getYear()
                            + ", \"version\": "
                            + version
                            + ", \"deadline\": \""
                            + deadline
                            + "\"}")))
            .getJsonNumber("id")
            .longValue();
    JsonObject tree = (JsonObject) Api.json(admin.get("index-versions/" + version));
    for (String area :
        IndexVersionApiIT.nodes(tree).stream()
            .map(n -> n.getString("code"))
            .filter(code -> !code.contains("."))
            .toList()) {
      admin.put("assignments/" + assessment + "/areas/" + area + "/" + officeCode, "");
    }
    return assessment;
  }

  private long demoVersion() throws Exception {
    return ((JsonArray) Api.json(admin.get("assessments")))
        .getValuesAs(JsonObject.class).stream()
            .filter(a -> a.getJsonNumber("id").longValue() == 1)
            .findFirst()
            .orElseThrow()
            .getJsonNumber("versionId")
            .longValue();
  }

  private String text(String path) throws IOException, InterruptedException {
    HttpResponse<byte[]> pdf = admin.download(path);
    assertEquals(200, pdf.statusCode(), path + ": " + new String(pdf.body()));
    try (PDDocument document = Loader.loadPDF(pdf.body())) {
      return new PDFTextStripper().getText(document).replaceAll("\\s+", " ");
    }
  }
}
