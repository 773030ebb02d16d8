package vn.parindex.it;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Base64;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ThreadLocalRandom;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/**
 * The reports beside the unit's scorecard, through the API of the real EAR: an office's own
 * scorecard, the evidence index, the evidence column of the unit's scorecard and the evidence
 * bundle. A document uploaded here stays linked to 2.1, as other tests' documents do: every test
 * tolerates extra evidence.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class ReportsIT {
  private static final Pattern CODE =
      Pattern.compile("(?<![\\d.,/])\\d+\\.\\d+(?:\\.\\d+)?(?![\\d,/])");

  private final HttpClient http = HttpClient.newHttpClient();

  @Test
  void theOfficeScorecardOfTuPhapListsExactlyItsCriteria() throws Exception {
    HttpResponse<byte[]> pdf =
        new Api("tuphap").download("assessments/1/offices/tu-phap/scorecard.pdf");
    HttpResponse<byte[]> byConsolidator =
        new Api("noivu").download("assessments/1/offices/tu-phap/scorecard.pdf");

    assertEquals(200, pdf.statusCode());
    keep("sample-office-scorecard.pdf", pdf.body());
    assertEquals("application/pdf", pdf.headers().firstValue("Content-Type").orElseThrow());
    String text = text(pdf.body());
    // its five leaves, and 2.2 as the heading of its two components
    assertEquals(
        new TreeSet<>(List.of("2.1", "2.2", "2.2.1", "2.2.2", "2.3", "2.4")), codes(text), text);
    assertTrue(text.contains("PHÒNG TƯ PHÁP"), text);
    assertTrue(text.contains("BẢNG TỰ ĐÁNH GIÁ, CHẤM ĐIỂM"), text);
    assertTrue(text.contains("TRƯỞNG PHÒNG"), text);
    assertTrue(text.contains("Cộng điểm của phòng"), text);
    assertEquals(200, byConsolidator.statusCode());
    assertA4WithEmbeddedFonts(pdf.body());
  }

  @Test
  void anotherOfficeMayNotPrintTuPhapsScorecard() throws Exception {
    HttpResponse<byte[]> vhtt =
        new Api("vhtt").download("assessments/1/offices/tu-phap/scorecard.pdf");
    HttpResponse<byte[]> unknown =
        new Api("noivu").download("assessments/1/offices/no-such-office/scorecard.pdf");

    assertEquals(403, vhtt.statusCode(), new String(vhtt.body(), StandardCharsets.UTF_8));
    assertEquals(404, unknown.statusCode());
  }

  @Test
  void theOfficeScorecardComesAsSpreadsheetAndWordToo() throws Exception {
    HttpResponse<byte[]> xlsx =
        new Api("tuphap").download("assessments/1/offices/tu-phap/scorecard.xlsx");
    HttpResponse<byte[]> docx =
        new Api("lanhdao").download("assessments/1/offices/tu-phap/scorecard.docx");

    assertEquals(200, xlsx.statusCode());
    assertEquals(200, docx.statusCode());
    assertNotNull(entries(xlsx.body()).get("xl/workbook.xml"));
    assertNotNull(entries(docx.body()).get("word/document.xml"));
  }

  @Test
  void aDocumentUploadedForTwoPointOneIsInTheIndexTheScorecardAndTheBundle() throws Exception {
    String number = "R" + ThreadLocalRandom.current().nextInt(1000, 10000) + "/TP";
    byte[] pdf = SamplePdf.pdf("Báo cáo kết quả theo dõi thi hành pháp luật " + number);
    upload(number, pdf);

    String index =
        text(
            keep(
                "sample-evidence-index.pdf",
                download("noivu", "assessments/1/evidence-index.pdf")));
    String ownIndex = text(download("tuphap", "assessments/1/evidence-index.pdf"));
    String othersIndex = text(download("vhtt", "assessments/1/evidence-index.pdf"));
    String scorecard = text(download("noivu", "assessments/1/scorecard.pdf"));

    assertTrue(index.contains("DANH MỤC TÀI LIỆU KIỂM CHỨNG"), index);
    assertTrue(index.contains(number + " 30/06/2023"), index);
    assertTrue(index.contains("Phòng Tư pháp"), index);
    assertTrue(ownIndex.contains(number), ownIndex);
    assertFalse(othersIndex.contains(number), othersIndex);
    assertTrue(scorecard.contains(number + ","), scorecard);
    assertTrue(
        evidenceCells(download("noivu", "assessments/1/scorecard.xlsx")).stream()
            .anyMatch(c -> c.contains(number + ", ngày 30/06/2023, Phòng Tư pháp")),
        "the evidence column cites the document with its number, date and issuer");

    Map<String, byte[]> zip = entries(download("noivu", "assessments/1/evidence-bundle.zip"));
    String entry = "2.1/" + number.replace('/', '-') + "_bao-cao.pdf";
    assertTrue(zip.containsKey("bang-diem.pdf"), zip.keySet().toString());
    assertTrue(text(zip.get("bang-diem.pdf")).contains(number), "the bundle's scorecard");
    assertArrayEquals(pdf, zip.get(entry), () -> entry + " in " + zip.keySet());
    assertChecksumsMatch(zip);
  }

  @Test
  void theBundleIsForTheConsolidatorLeadersAndAdministratorsOnly() throws Exception {
    HttpResponse<byte[]> office = new Api("tuphap").download("assessments/1/evidence-bundle.zip");
    HttpResponse<byte[]> leader = new Api("lanhdao").download("assessments/1/evidence-bundle.zip");

    assertEquals(403, office.statusCode());
    assertEquals(200, leader.statusCode());
    assertEquals("application/zip", leader.headers().firstValue("Content-Type").orElseThrow());
    assertChecksumsMatch(entries(leader.body()));
  }

  /**
   * The README promises 409 for a bundle with a changed file: the file of a linked document is
   * tampered with, the bundle is refused naming it, and once the file is back it is made again.
   */
  @Test
  void aTamperedFileRefusesTheBundleWith409NamingTheDocument() throws Exception {
    String number = "T" + ThreadLocalRandom.current().nextInt(1000, 10000) + "/TP";
    byte[] pdf = SamplePdf.pdf("Tài liệu sẽ bị sửa " + number);
    upload(number, pdf);
    java.nio.file.Path stored =
        java.nio.file.Path.of(
                System.getProperty("jboss.home"), "standalone", "data", "evidence", sha256(pdf))
            .toAbsolutePath();
    byte[] forged = pdf.clone();
    forged[forged.length / 2] ^= 0x01;
    java.nio.file.Files.write(stored, forged);
    try {
      HttpResponse<byte[]> vi = new Api("noivu").download("assessments/1/evidence-bundle.zip");
      HttpResponse<byte[]> en =
          new Api("lanhdao").inEnglish().download("assessments/1/evidence-bundle.zip");

      String viBody = new String(vi.body(), StandardCharsets.UTF_8);
      String enBody = new String(en.body(), StandardCharsets.UTF_8);
      assertEquals(409, vi.statusCode(), viBody);
      assertTrue(viBody.contains("đã bị thay đổi hoặc hư hỏng"), viBody);
      assertTrue(viBody.contains("bao-cao.pdf"), viBody);
      assertEquals(409, en.statusCode(), enBody);
      assertTrue(enBody.contains("the evidence bundle cannot be made"), enBody);
    } finally {
      java.nio.file.Files.write(stored, pdf);
    }
    assertEquals(200, new Api("noivu").download("assessments/1/evidence-bundle.zip").statusCode());
  }

  @Test
  void myCriteriaOffersTheOfficeScorecardAndTheConsolidatorTheEvidenceReports() {
    try (Browser browser = new Browser()) {
      browser.login("tuphap");
      browser.open("assessment/criteria.xhtml?assessment=1");
      WebElement print = browser.driver.findElement(By.cssSelector("[id$='printOfficeScorecard']"));
      assertEquals("In bảng điểm của phòng", print.getText().strip());
      assertTrue(
          print.getAttribute("href").endsWith("/files/assessments/1/offices/tu-phap/scorecard.pdf"),
          print.getAttribute("href"));
      assertTrue(browser.driver.findElements(By.cssSelector("[id$='evidenceBundle']")).isEmpty());
    }
    try (Browser browser = new Browser()) {
      browser.login("noivu");
      browser.open("assessment/review.xhtml?assessment=1");
      assertTrue(
          browser
              .driver
              .findElement(By.cssSelector("[id$='evidenceIndex']"))
              .getAttribute("href")
              .endsWith("/files/assessments/1/evidence-index.pdf"));
      assertTrue(
          browser
              .driver
              .findElement(By.cssSelector("[id$='evidenceBundle']"))
              .getAttribute("href")
              .endsWith("/files/assessments/1/evidence-bundle.zip"));
    }
  }

  // ---------------------------------------------------------------------------------------------

  /** SHA256SUMS.txt names every other entry exactly once, each with the SHA-256 of its bytes. */
  private static void assertChecksumsMatch(Map<String, byte[]> zip) throws Exception {
    byte[] sums = zip.get("SHA256SUMS.txt");
    assertNotNull(sums, zip.keySet().toString());
    Map<String, String> listed = new LinkedHashMap<>();
    for (String line : new String(sums, StandardCharsets.UTF_8).split("\n")) {
      Matcher m = Pattern.compile("([0-9a-f]{64})  (.+)").matcher(line);
      assertTrue(m.matches(), line);
      assertEquals(null, listed.put(m.group(2), m.group(1)), "listed twice: " + line);
    }
    Set<String> files = new TreeSet<>(zip.keySet());
    files.remove("SHA256SUMS.txt");
    assertEquals(files, new TreeSet<>(listed.keySet()));
    for (Map.Entry<String, String> e : listed.entrySet()) {
      assertEquals(e.getValue(), sha256(zip.get(e.getKey())), e.getKey());
    }
  }

  private void upload(String number, byte[] pdf) throws Exception {
    String query =
        "evidence?assessment=1&criterion=2.1&number="
            + encoded(number)
            + "&date=2023-06-30&issuer="
            + encoded("Phòng Tư pháp")
            + "&summary="
            + encoded("Báo cáo kết quả theo dõi thi hành pháp luật");
    HttpRequest request =
        HttpRequest.newBuilder(URI.create(Api.BASE + query))
            .header("Authorization", basic("tuphap"))
            .header("X-File-Name", "bao-cao.pdf")
            .header("Content-Type", "application/octet-stream")
            .POST(HttpRequest.BodyPublishers.ofByteArray(pdf))
            .build();
    HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
    assertEquals(201, response.statusCode(), response.body());
  }

  /** Kept in target/ for a look by eye. */
  private static byte[] keep(String name, byte[] content) throws IOException {
    java.nio.file.Files.write(java.nio.file.Path.of("target", name), content);
    return content;
  }

  private static byte[] download(String user, String path) throws Exception {
    HttpResponse<byte[]> response = new Api(user).download(path);
    assertEquals(
        200, response.statusCode(), () -> new String(response.body(), StandardCharsets.UTF_8));
    return response.body();
  }

  /** The text cells of the first sheet that cite a document (they name a date). */
  private static List<String> evidenceCells(byte[] xlsx) throws IOException {
    List<String> cells = new java.util.ArrayList<>();
    try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
      for (Row row : workbook.getSheetAt(0)) {
        for (Cell cell : row) {
          if (cell.getCellType() == CellType.STRING && cell.getStringCellValue().contains("ngày")) {
            cells.add(cell.getStringCellValue().replaceAll("\\s+", " "));
          }
        }
      }
    }
    return cells;
  }

  private static Map<String, byte[]> entries(byte[] zip) throws IOException {
    Map<String, byte[]> entries = new LinkedHashMap<>();
    try (ZipInputStream in =
        new ZipInputStream(new ByteArrayInputStream(zip), StandardCharsets.UTF_8)) {
      for (ZipEntry e = in.getNextEntry(); e != null; e = in.getNextEntry()) {
        assertEquals(null, entries.put(e.getName(), in.readAllBytes()), "twice: " + e.getName());
      }
    }
    return entries;
  }

  private static Set<String> codes(String text) {
    Set<String> codes = new TreeSet<>();
    Matcher m = CODE.matcher(text);
    while (m.find()) {
      codes.add(m.group());
    }
    return codes;
  }

  private static String text(byte[] pdf) throws IOException {
    try (PDDocument document = Loader.loadPDF(pdf)) {
      return new PDFTextStripper().getText(document).replaceAll("\\s+", " ");
    }
  }

  private static void assertA4WithEmbeddedFonts(byte[] pdf) throws IOException {
    try (PDDocument document = Loader.loadPDF(pdf)) {
      for (PDPage page : document.getPages()) {
        assertEquals(595, Math.round(page.getMediaBox().getWidth()));
        assertEquals(842, Math.round(page.getMediaBox().getHeight()));
        for (var name : page.getResources().getFontNames()) {
          assertTrue(page.getResources().getFont(name).isEmbedded(), name.getName());
        }
      }
    }
  }

  private static String sha256(byte[] content) throws Exception {
    return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
  }

  private static String basic(String user) {
    return "Basic "
        + Base64.getEncoder()
            .encodeToString((user + ":" + Api.PASSWORD).getBytes(StandardCharsets.UTF_8));
  }

  private static String encoded(String value) {
    return URLEncoder.encode(value, StandardCharsets.UTF_8).replace("+", "%20");
  }
}
