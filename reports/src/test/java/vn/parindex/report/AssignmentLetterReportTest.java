package vn.parindex.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.yaml.snakeyaml.Yaml;

/**
 * The assignment letter of the An Lão 2023 directive (an-lao-2023-assignment.yaml, as the demo
 * loads it), rendered and read back: compared section by section with the directive itself
 * (an-lao-2023-directive.txt), each office's sub-item with exactly its criteria, the blanks left
 * for the clerk, the legal bases as written, and the English labels.
 */
class AssignmentLetterReportTest {

  private static final Locale VI = Locale.forLanguageTag("vi");

  private static final String SUBJECT =
      "rà soát việc thực hiện và tự đánh giá, chấm điểm kết quả thực hiện các tiêu chí của Bộ Chỉ"
          + " số CCHC năm 2023 của UBND huyện";

  /** The basis the service writes when none is given (letter.basis.decision). */
  private static final String DEFAULT_BASIS =
      "Thực hiện Quyết định số 3507/QĐ-UBND ngày 21 tháng 9 năm 2023 của UBND tỉnh Bình Định về"
          + " Bộ chỉ số đánh giá kết quả cải cách hành chính.";

  private final AssignmentLetterReport report = new AssignmentLetterReport();

  @Test
  void theDemoLetterFollowsTheDirectiveSectionBySection() throws IOException {
    byte[] pdf = report.render(demoLetter(), ReportFormat.PDF, VI);
    Files.write(Path.of("target", "assignment-letter.pdf"), pdf);
    String printed;
    try (PDDocument document = PdfText.open(pdf)) {
      PdfText.assertFontsEmbeddedLiberationSerif(document);
      PdfText.assertEveryPageA4Portrait(document);
      printed = new PDFTextStripper().getText(document);
    }
    List<String> offices = offices();
    DirectiveSections seed = new DirectiveSections(asData(directive()), offices);
    DirectiveSections letter = new DirectiveSections(printed, offices);

    // the letterhead in two lines, the number and the date left for the clerk
    for (String line :
        List.of("ỦY BAN NHÂN DÂN HUYỆN AN LÃO", "Số: /UBND", "An Lão, ngày tháng năm 2023")) {
      assertTrue(seed.get("head").contains(line), line + " not in the seed: " + seed.get("head"));
      assertTrue(letter.get("head").contains(line), line + " not in: " + letter.get("head"));
    }
    assertFalse(letter.get("head").contains("UBND HUYỆN"), letter.get("head"));
    // the basis "Thực hiện …" cites the same decision of the same day
    assertEquals(upTo(seed.get("basis"), " của "), upTo(letter.get("basis"), " của "));
    assertEquals(seed.get("introduction"), letter.get("introduction"));
    // item 1: the same instruction citing the province's decision and its guidance
    assertEquals(
        between(seed.get("general"), "căn cứ vào", " về việc tự đánh giá"),
        between(letter.get("general"), "căn cứ vào", ", cụ thể như sau:"));
    assertTrue(letter.get("general").endsWith(", cụ thể như sau:"), letter.get("general"));
    for (String office : offices) {
      assertEquals(seed.codes.get(office), letter.codes.get(office), office);
      assertEquals(upTo(seed.get(office), " - "), upTo(letter.get(office), " - "), office);
    }
    for (String section : List.of("deadline", "note", "closing", "copies")) {
      assertEquals(seed.get(section), letter.get(section), section);
    }
    assertTrue(letter.get("signature").startsWith("KT. CHỦ TỊCH PHÓ CHỦ TỊCH Đình Văn Phú"));
  }

  @Test
  void eachOfficeSubItemStartsWithACapitalAndMarksTheSharedCriteria() throws IOException {
    String text;
    try (PDDocument document = PdfText.open(report.render(demoLetter(), ReportFormat.PDF, VI))) {
      text = PdfText.all(document);
    }
    List<String> offices = offices();
    for (int i = 0; i < offices.size(); i++) {
      String heading = "1." + (i + 1) + ". " + offices.get(i) + ": Rà soát và tự đánh giá";
      assertTrue(text.contains(heading), "no " + heading + " in " + text);
    }
    Map<String, String> names = criterionNames();
    for (Map.Entry<String, List<String>> office : assignment().entrySet()) {
      for (String c : office.getValue()) {
        assertTrue(
            text.contains(c + ". " + PdfText.normalise(names.get(c))),
            "name of " + c + " of " + office.getKey());
      }
    }
    assertTrue(
        text.contains(
            "TC 1.3. " + names.get("1.3") + " (chủ trì, phối hợp với Phòng Văn hóa – Thông tin)"),
        text);
    assertTrue(text.contains("TC 1.3. " + names.get("1.3") + " (phối hợp với Phòng Nội vụ)"), text);
    assertTrue(text.contains("(phối hợp với Văn phòng HĐND & UBND huyện)"), text);
  }

  @Test
  void aNumberAndDateGivenArePrinted() throws IOException {
    AssignmentLetter letter =
        with(demoLetter(), "125/UBND-NV", LocalDate.of(2023, 10, 5), List.of("Luật Tổ chức"));
    try (PDDocument document = PdfText.open(report.render(letter, ReportFormat.PDF, VI))) {
      String first = PdfText.page(document, 1);
      assertTrue(first.contains("Số: 125/UBND-NV"), first);
      assertTrue(first.contains("An Lão, ngày 05 tháng 10 năm 2023"), first);
      assertTrue(first.contains("Căn cứ Luật Tổ chức;"), first);
    }
  }

  @Test
  void theWordVersionCanBeEditedBeforeSigning() throws IOException {
    byte[] docx = report.render(demoLetter(), ReportFormat.DOCX, VI);
    Files.write(Path.of("target", "assignment-letter.docx"), docx);

    String document = null;
    try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(docx))) {
      for (ZipEntry entry; (entry = zip.getNextEntry()) != null; ) {
        if (entry.getName().equals("word/document.xml")) {
          document = new String(zip.readAllBytes(), StandardCharsets.UTF_8);
        }
      }
    }
    assertTrue(document != null, "no word/document.xml");
    assertTrue(document.contains("HUYỆN AN LÃO"));
    assertTrue(document.contains("Phòng Văn hóa – Thông tin"));
    assertTrue(document.contains("7.4.2"));
    assertTrue(document.contains("1847/HD-SNV"));
  }

  @Test
  void aLetterInEnglishUsesTheEnglishLabels() throws IOException {
    AssignmentLetter letter = with(demoLetter(), "12/UBND", LocalDate.of(2023, 10, 5), List.of());
    try (PDDocument document =
        PdfText.open(report.render(letter, ReportFormat.PDF, Locale.ENGLISH))) {
      String text = PdfText.all(document);
      assertTrue(text.contains("SOCIALIST REPUBLIC OF VIET NAM"), text);
      assertTrue(text.contains("No.: 12/UBND"), text);
      assertTrue(text.contains("Copies to: - As above;"), text);
      assertTrue(text.contains("and to Sở Nội vụ tỉnh Bình Định as required"), text);
      assertTrue(text.contains("Guidance No. 1847/HD-SNV of 13/10/2023"), text);
      assertFalse(text.contains("Kết quả tự đánh giá"), text);
    }
  }

  @Test
  void aBasisKeepsItsOwnOpeningAndPunctuation() {
    var labels = new AssignmentLetterDataSource.Labels(ScorecardParameters.labels(VI), VI);
    assertEquals(
        "Thực hiện Quyết định số 1.",
        AssignmentLetterDataSource.reference("Thực hiện Quyết định số 1.", labels));
    assertEquals(
        "Căn cứ Luật Tổ chức chính quyền địa phương;",
        AssignmentLetterDataSource.reference("Luật Tổ chức chính quyền địa phương", labels));
    assertEquals(
        "Căn cứ Quyết định số 3507/QĐ-UBND.",
        AssignmentLetterDataSource.reference("Quyết định số 3507/QĐ-UBND.", labels));
    assertEquals("Phòng Tư pháp.", AssignmentLetterParameters.recipients(List.of("Phòng Tư pháp")));
    assertEquals(
        "- Phòng Tư pháp;\n- Phòng Nội vụ.",
        AssignmentLetterParameters.recipients(List.of("Phòng Tư pháp", "Phòng Nội vụ")));
    assertEquals(
        "- TCTP 7.4.2. Lập hồ sơ &lt;điện tử&gt;",
        AssignmentLetterDataSource.item(
            new AssignmentLetterSection.Item(
                "7.4.2", "Lập hồ sơ <điện tử>", AssignmentLetterSection.Role.SOLE, null),
            labels));
  }

  @Test
  void withoutGuidanceTheLetterCitesOnlyTheDecisionAndStatesNoOtherRule() throws IOException {
    AssignmentLetter demo = demoLetter();
    AssignmentLetter letter =
        new AssignmentLetter(
            demo.issuingBody(),
            demo.unitName(),
            demo.unitShortName(),
            null,
            null,
            null,
            demo.subject(),
            demo.recipients(),
            demo.references(),
            demo.year(),
            demo.indexDecision(),
            null,
            demo.sections(),
            demo.consolidator(),
            null,
            demo.deadline(),
            demo.signerTitle(),
            null);
    try (PDDocument document = PdfText.open(report.render(letter, ReportFormat.PDF, VI))) {
      String text = PdfText.all(document);
      assertTrue(text.contains("Ngày tháng năm 2023"), text);
      assertTrue(text.contains("Số: V/v"), text);
      assertTrue(text.contains("phải kèm theo các tài liệu kiểm chứng. Đề nghị các cơ quan"), text);
      assertTrue(text.contains("báo cáo Chủ tịch Ủy ban nhân dân huyện theo quy định."), text);
      assertFalse(text.contains("Hướng dẫn"), text);
      assertFalse(text.contains("không được tính"), text);
    }
  }

  @Test
  void aLetterDatedAfterItsOwnDeadlineSaysSo() {
    assertTrue(
        with(demoLetter(), null, LocalDate.of(2023, 11, 26), List.of()).datedAfterDeadline());
    assertFalse(
        with(demoLetter(), null, LocalDate.of(2023, 11, 25), List.of()).datedAfterDeadline());
    assertFalse(demoLetter().datedAfterDeadline());
  }

  /**
   * The demo letter as the service writes it from the demo data: the assignment file's offices in
   * its order (the consolidating office first), the first office of a shared criterion leading it,
   * the index's decision and the guidance as recorded, no number or date yet.
   */
  @SuppressWarnings("unchecked")
  static AssignmentLetter demoLetter() {
    Map<String, Object> file = yaml("/an-lao-2023-assignment.yaml");
    Map<String, Object> directive = (Map<String, Object>) file.get("directive");
    Map<String, String> officeNames = new LinkedHashMap<>();
    for (Map<String, Object> o : (List<Map<String, Object>>) file.get("offices")) {
      officeNames.put(o.get("id").toString(), o.get("name").toString());
    }
    Map<String, List<String>> shared = (Map<String, List<String>>) file.get("shared");
    Map<String, String> names = criterionNames();
    List<AssignmentLetterSection> sections = new ArrayList<>();
    for (Map<String, Object> o : (List<Map<String, Object>>) file.get("offices")) {
      String id = o.get("id").toString();
      List<AssignmentLetterSection.Item> items = new ArrayList<>();
      for (Object code : (List<Object>) o.get("criteria")) {
        String c = code.toString();
        List<String> holders = shared.get(c);
        if (holders == null) {
          items.add(
              new AssignmentLetterSection.Item(
                  c, names.get(c), AssignmentLetterSection.Role.SOLE, null));
        } else {
          items.add(
              new AssignmentLetterSection.Item(
                  c,
                  names.get(c),
                  holders.get(0).equals(id)
                      ? AssignmentLetterSection.Role.LEAD
                      : AssignmentLetterSection.Role.SUPPORT,
                  String.join(
                      ", ",
                      holders.stream().filter(h -> !h.equals(id)).map(officeNames::get).toList())));
        }
      }
      items.sort(Comparator.comparing(i -> codeOrder(i.code())));
      sections.add(new AssignmentLetterSection(officeNames.get(id), items));
    }
    return new AssignmentLetter(
        "ỦY BAN NHÂN DÂN\nHUYỆN AN LÃO",
        "Ủy ban nhân dân huyện",
        "UBND huyện",
        "An Lão",
        "/UBND",
        null,
        SUBJECT,
        List.copyOf(officeNames.values()),
        List.of(DEFAULT_BASIS),
        2023,
        basis(directive.get("index_decision")),
        basis(directive.get("guidance")),
        sections,
        officeNames.get(directive.get("consolidator").toString()),
        "Sở Nội vụ tỉnh Bình Định",
        date(directive.get("deadline")),
        "KT. CHỦ TỊCH\nPHÓ CHỦ TỊCH",
        "Đình Văn Phú");
  }

  private static AssignmentLetter with(
      AssignmentLetter l, String number, LocalDate date, List<String> references) {
    return new AssignmentLetter(
        l.issuingBody(),
        l.unitName(),
        l.unitShortName(),
        l.place(),
        number,
        date,
        l.subject(),
        l.recipients(),
        references,
        l.year(),
        l.indexDecision(),
        l.guidance(),
        l.sections(),
        l.consolidator(),
        l.reportedTo(),
        l.deadline(),
        l.signerTitle(),
        l.signerName());
  }

  /** The offices in the order of the assignment file (the directive's order too). */
  @SuppressWarnings("unchecked")
  private static List<String> offices() {
    return ((List<Map<String, Object>>) yaml("/an-lao-2023-assignment.yaml").get("offices"))
        .stream().map(o -> o.get("name").toString()).toList();
  }

  @SuppressWarnings("unchecked")
  private static Map<String, List<String>> assignment() {
    Map<String, List<String>> offices = new LinkedHashMap<>();
    for (Map<String, Object> o :
        (List<Map<String, Object>>) yaml("/an-lao-2023-assignment.yaml").get("offices")) {
      offices.put(
          o.get("name").toString(),
          ((List<Object>) o.get("criteria")).stream().map(Object::toString).toList());
    }
    return offices;
  }

  /** "1.5.1" sorts after "1.5" and before "1.6", "7.10" after "7.9". */
  private static String codeOrder(String code) {
    StringBuilder key = new StringBuilder();
    for (String part : code.split("\\.")) {
      key.append(String.format("%03d.", Integer.parseInt(part)));
    }
    return key.toString();
  }

  @SuppressWarnings("unchecked")
  private static AssignmentLetter.Basis basis(Object value) {
    Map<String, Object> ref = (Map<String, Object>) value;
    return new AssignmentLetter.Basis(
        ref.get("number").toString(), date(ref.get("date")), ref.get("issuer").toString());
  }

  /** SnakeYAML reads an unquoted 2023-10-13 as a java.util.Date at midnight UTC. */
  private static LocalDate date(Object value) {
    return value instanceof java.util.Date d
        ? d.toInstant().atZone(ZoneOffset.UTC).toLocalDate()
        : LocalDate.parse(value.toString());
  }

  /**
   * The seed directive with the province's bodies named in full as data names them: the seed writes
   * "UBND tỉnh" and "Sở Nội vụ", the demo data "UBND tỉnh Bình Định" and "Sở Nội vụ tỉnh Bình
   * Định".
   */
  private static String asData(String seed) {
    return seed.replaceAll("(UBND|Ủy ban nhân dân) tỉnh(?! Bình Định)", "$1 tỉnh Bình Định")
        .replaceAll("Sở Nội vụ(?! tỉnh)", "Sở Nội vụ tỉnh Bình Định");
  }

  private static String directive() {
    try (InputStream in =
        AssignmentLetterReportTest.class.getResourceAsStream("/an-lao-2023-directive.txt")) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
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

  @SuppressWarnings("unchecked")
  private static Map<String, Object> yaml(String resource) {
    try (InputStream in = AssignmentLetterReportTest.class.getResourceAsStream(resource)) {
      return new Yaml().load(in);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @SuppressWarnings("unchecked")
  private static Map<String, String> criterionNames() {
    Map<String, String> names = new HashMap<>();
    for (Map<String, Object> node :
        (List<Map<String, Object>>) yaml("/demo-index-district-2023.yaml").get("nodes")) {
      names.put(String.valueOf(node.get("code")), String.valueOf(node.get("name")));
    }
    return names;
  }
}
