package vn.parindex.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.ByteArrayInputStream;
import java.io.StringReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Base64;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.text.PDFTextStripper;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** The official assignment letter from the API, written from the demo assignment. */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class AssignmentLetterIT {
  private static final List<String> OFFICES =
      List.of(
          "Phòng Nội vụ",
          "Văn phòng HĐND & UBND huyện",
          "Phòng Tư pháp",
          "Phòng Tài chính – Kế hoạch",
          "Phòng Văn hóa – Thông tin");

  private static final String DETAILS =
      """
      {"number": "2024/UBND-NV", "date": "2024-02-05",
       "subject": "rà soát, tự đánh giá, chấm điểm các tiêu chí của Bộ chỉ số CCHC năm 2023",
       "references": ["Quyết định số 3507/QĐ-UBND ngày 21/9/2023 của UBND tỉnh Bình Định về việc\
       sửa đổi Bộ chỉ số đánh giá kết quả cải cách hành chính"],
       "signerName": "Đinh Văn Phú"}
      """;

  @Test
  void theConsolidatorGetsTheLetterOfTheAssignmentAsPdf() throws Exception {
    HttpResponse<byte[]> response = post("noivu", "assignment-letters/1.pdf", DETAILS);
    assertEquals(200, response.statusCode());
    assertEquals("application/pdf", response.headers().firstValue("Content-Type").orElseThrow());

    String text;
    try (PDDocument document = Loader.loadPDF(response.body())) {
      text = new PDFTextStripper().getText(document).replaceAll("\\s+", " ");
      for (PDPage page : document.getPages()) {
        for (var name : page.getResources().getFontNames()) {
          PDFont font = page.getResources().getFont(name);
          assertTrue(font.isEmbedded(), font.getName() + " is not embedded");
          assertFalse(font.getName().contains("Helvetica"), font.getName());
        }
      }
    }
    assertTrue(text.contains("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"), text);
    assertTrue(text.contains("ỦY BAN NHÂN DÂN HUYỆN AN LÃO"), text);
    assertTrue(text.contains("Số: 2024/UBND-NV"), text);
    assertTrue(text.contains("An Lão, ngày 05 tháng 02 năm 2024"), text);
    assertTrue(text.contains("Căn cứ Quyết định số 3507/QĐ-UBND"), text);
    for (String office : OFFICES) {
      assertTrue(text.contains(office + ":"), "no section of " + office + " in " + text);
    }
    assertTrue(text.contains("TCTP 2.2.1."), text);
    assertTrue(text.contains("TCTP 7.4.2."), text);
    assertTrue(text.contains(deadline()), "deadline " + deadline() + " in " + text);
    assertTrue(text.contains("tài liệu kiểm chứng"), text);
    assertTrue(text.contains("KT. CHỦ TỊCH"), text);
    assertTrue(text.contains("Đinh Văn Phú"), text);
  }

  @Test
  void theWordVersionIsAnOfficeDocument() throws Exception {
    HttpResponse<byte[]> response = post("noivu", "assignment-letters/1.docx", DETAILS);
    assertEquals(200, response.statusCode());
    boolean found = false;
    try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(response.body()))) {
      for (ZipEntry entry; (entry = zip.getNextEntry()) != null; ) {
        if (entry.getName().equals("word/document.xml")) {
          found = new String(zip.readAllBytes(), StandardCharsets.UTF_8).contains("Phòng Tư pháp");
        }
      }
    }
    assertTrue(found, "no word/document.xml naming Phòng Tư pháp");
  }

  /**
   * The letter of the demo assessment written with nothing but its subject and signer, as the clerk
   * prints it before signing, compared with the An Lão directive section by section. The seed names
   * the province's bodies short ("UBND tỉnh", "Sở Nội vụ"), the demo data in full; the demo's
   * deadline is a month from today where the directive's was 25/11/2023.
   */
  @Test
  void theRegeneratedDemoLetterFollowsTheDirectiveSectionBySection() throws Exception {
    String details =
        """
        {"subject": "rà soát việc thực hiện và tự đánh giá, chấm điểm kết quả thực hiện các tiêu chí\
         của Bộ Chỉ số CCHC năm 2023 của UBND huyện", "signerName": "Đình Văn Phú"}
        """;
    HttpResponse<byte[]> response = post("noivu", "assignment-letters/1.pdf", details);
    assertEquals(200, response.statusCode());
    String printed;
    try (PDDocument document = Loader.loadPDF(response.body())) {
      printed = new PDFTextStripper().getText(document);
    }
    String seed;
    try (var in = AssignmentLetterIT.class.getResourceAsStream("/an-lao-2023-directive.txt")) {
      seed =
          new String(in.readAllBytes(), StandardCharsets.UTF_8)
              .replaceAll("(UBND|Ủy ban nhân dân) tỉnh(?! Bình Định)", "$1 tỉnh Bình Định")
              .replaceAll("Sở Nội vụ(?! tỉnh)", "Sở Nội vụ tỉnh Bình Định")
              .replace("25/11/2023", deadline());
    }
    DirectiveSections directive = new DirectiveSections(seed, OFFICES);
    DirectiveSections letter = new DirectiveSections(printed, OFFICES);

    String head = letter.get("head");
    assertTrue(head.contains("ỦY BAN NHÂN DÂN HUYỆN AN LÃO"), head);
    // no number or date given: the directive's when recorded, else blanks for the clerk
    assertTrue(head.contains("Số:") && head.contains("An Lão, ngày "), head);
    assertEquals(upTo(directive.get("basis"), " của "), upTo(letter.get("basis"), " của "));
    assertEquals(directive.get("introduction"), letter.get("introduction"));
    assertEquals(
        between(directive.get("general"), "căn cứ vào", " về việc tự đánh giá"),
        between(letter.get("general"), "căn cứ vào", ", cụ thể như sau:"));
    for (String office : OFFICES) {
      // other tests may move the demo assessment to a revision (AssessmentMoveIT drops 5.1): the
      // letter lists what the office holds today, and of the directive's codes those still held
      Set<String> held = heldBy(office);
      assertEquals(held, Set.copyOf(letter.codes.get(office)), office);
      assertEquals(
          directive.codes.get(office).stream().filter(held::contains).toList(),
          letter.codes.get(office).stream().filter(directive.codes.get(office)::contains).toList(),
          office);
      assertEquals(upTo(directive.get(office), " - "), upTo(letter.get(office), " - "), office);
    }
    for (String section : List.of("deadline", "note", "closing", "copies")) {
      assertEquals(directive.get(section), letter.get(section), section);
    }
    assertTrue(letter.get("signature").startsWith("KT. CHỦ TỊCH PHÓ CHỦ TỊCH Đình Văn Phú"));
  }

  @Test
  void aLetterWithoutSubjectIsRefusedWithATranslatedMessage() throws Exception {
    HttpResponse<String> noSubject =
        new Api("noivu")
            .post("assignment-letters/1.pdf", "{\"number\": \"1\", \"date\": \"2024-02-05\"}");
    assertEquals(400, noSubject.statusCode(), noSubject.body());
    JsonObject error;
    try (var reader = Json.createReader(new StringReader(noSubject.body()))) {
      error = reader.readObject();
    }
    assertEquals("subject", error.getString("field"));
    assertTrue(error.getString("message").contains("trích yếu"), noSubject.body());
  }

  @Test
  void anOfficeMayNotWriteTheLetter() throws Exception {
    assertEquals(403, post("tuphap", "assignment-letters/1.pdf", DETAILS).statusCode());
  }

  /** The demo assessment's deadline as the letter prints it, read from the API. */
  private static String deadline() throws Exception {
    var assessments = (jakarta.json.JsonArray) Api.json(new Api("noivu").get("assessments"));
    for (var value : assessments) {
      JsonObject assessment = value.asJsonObject();
      if (assessment.getJsonNumber("id").longValue() == 1) {
        return LocalDate.parse(assessment.getString("deadline"))
            .format(DateTimeFormatter.ofPattern("dd/MM/yyyy"));
      }
    }
    throw new AssertionError("no assessment 1: " + assessments);
  }

  private static String upTo(String text, String end) {
    int at = text.indexOf(end);
    assertTrue(at > 0, "no \"" + end + "\" in " + text);
    return text.substring(0, at);
  }

  private static String between(String text, String start, String end) {
    int from = text.indexOf(start);
    int to = text.indexOf(end, from);
    assertTrue(from >= 0 && to > from, "no \"" + start + "\" … \"" + end + "\" in " + text);
    return text.substring(from, to);
  }

  private static HttpResponse<byte[]> post(String user, String path, String json) throws Exception {
    String authorization =
        "Basic "
            + Base64.getEncoder()
                .encodeToString((user + ":" + Api.PASSWORD).getBytes(StandardCharsets.UTF_8));
    return HttpClient.newHttpClient()
        .send(
            HttpRequest.newBuilder(URI.create(Api.BASE + path))
                .header("Authorization", authorization)
                .header("Accept-Language", "vi")
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json, StandardCharsets.UTF_8))
                .build(),
            HttpResponse.BodyHandlers.ofByteArray());
  }

  /** The codes the demo assessment's office of this name holds now, from the assignment matrix. */
  private static Set<String> heldBy(String officeName) throws Exception {
    JsonObject matrix = (JsonObject) Api.json(new Api("noivu").get("assignments/1"));
    return matrix.getJsonArray("rows").getValuesAs(JsonObject.class).stream()
        .filter(
            row ->
                row.getJsonArray("holders").getValuesAs(JsonObject.class).stream()
                    .anyMatch(h -> officeName.equals(h.getString("officeName"))))
        .map(row -> row.getString("code"))
        .collect(Collectors.toSet());
  }
}
