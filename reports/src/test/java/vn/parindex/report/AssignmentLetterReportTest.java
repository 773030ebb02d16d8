package vn.parindex.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.junit.jupiter.api.Test;
import org.yaml.snakeyaml.Yaml;

/**
 * The assignment letter of the An Lão 2023 directive (shared/data/an-lao-2023-assignment.yaml),
 * rendered and read back: the official header, each office's section with exactly its criteria, the
 * deadline, the note on supporting documents and the signature.
 */
class AssignmentLetterReportTest {

  private static final Locale VI = Locale.forLanguageTag("vi");

  /** The assignment of the directive: office, then its criteria (the lead office listed first). */
  private static final Map<String, List<String>> ASSIGNMENT = new LinkedHashMap<>();

  static {
    ASSIGNMENT.put(
        "Phòng Nội vụ",
        List.of(
            "1.1", "1.2", "1.3", "1.4", "1.5.1", "1.5.2", "1.7", "4.1", "4.2.1", "4.2.2", "4.2.3",
            "4.3", "5.1", "5.2.1", "5.2.2", "5.3.1", "5.3.2", "5.4", "5.5", "5.6.1", "5.6.2", "5.7",
            "5.8", "7.4.2"));
    ASSIGNMENT.put(
        "Văn phòng HĐND & UBND huyện",
        List.of(
            "1.4", "1.6", "1.8", "3.1", "3.2", "3.3", "7.2", "7.4.1", "7.5.1", "7.5.2", "7.5.3",
            "7.5.4", "7.5.5", "7.5.6", "7.6", "7.7"));
    ASSIGNMENT.put("Phòng Tư pháp", List.of("2.1", "2.2.1", "2.2.2", "2.3", "2.4"));
    ASSIGNMENT.put(
        "Phòng Tài chính – Kế hoạch",
        List.of("6.1", "6.2", "6.3", "6.4", "6.5", "6.6", "8.1", "8.2", "8.3"));
    ASSIGNMENT.put("Phòng Văn hóa – Thông tin", List.of("1.3", "7.1", "7.2", "7.3.1", "7.3.2"));
  }

  private static final String NUMBER = "2024/UBND-NV";
  private static final String SUBJECT =
      "rà soát, tự đánh giá, chấm điểm các tiêu chí của Bộ chỉ số CCHC năm 2023 của UBND huyện";
  private static final String REFERENCE =
      "Quyết định số 3507/QĐ-UBND ngày 21/9/2023 của UBND tỉnh Bình Định về việc sửa đổi Bộ chỉ số"
          + " đánh giá kết quả cải cách hành chính";

  private final AssignmentLetterReport report = new AssignmentLetterReport();

  @Test
  void theLetterIsAnOfficialVietnameseDocumentWithItsFontsEmbedded() throws IOException {
    byte[] pdf = report.render(letter(), ReportFormat.PDF, VI);
    Files.write(Path.of("target", "assignment-letter.pdf"), pdf);

    try (PDDocument document = PdfText.open(pdf)) {
      PdfText.assertFontsEmbeddedLiberationSerif(document);
      assertEquals(595, Math.round(document.getPage(0).getMediaBox().getWidth()));
      assertEquals(842, Math.round(document.getPage(0).getMediaBox().getHeight()));
      String first = PdfText.page(document, 1);
      String text = PdfText.all(document);
      assertTrue(first.contains("UBND HUYỆN AN LÃO"), first);
      assertTrue(first.contains("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"), first);
      assertTrue(first.contains("Độc lập – Tự do – Hạnh phúc"), first);
      assertTrue(first.contains("Số: " + NUMBER), first);
      assertTrue(first.contains("V/v " + SUBJECT), first);
      assertTrue(first.contains("An Lão, ngày 05 tháng 02 năm 2024"), first);
      assertTrue(first.contains("Kính gửi:"), first);
      assertTrue(first.contains("Căn cứ " + REFERENCE + ";"), first);
      assertTrue(
          text.contains("gửi về Phòng Nội vụ chậm nhất trước ngày 25/11/2023"),
          "deadline: " + text);
      assertTrue(text.contains("tài liệu kiểm chứng"), text);
      assertTrue(text.contains("Nơi nhận:"), text);
      assertTrue(text.contains("- Lưu: VT."), text);
      assertTrue(text.contains("KT. CHỦ TỊCH PHÓ CHỦ TỊCH Đinh Văn Phú"), text);
    }
  }

  @Test
  void eachOfficeSectionListsExactlyItsCriteria() throws IOException {
    String text;
    try (PDDocument document = PdfText.open(report.render(letter(), ReportFormat.PDF, VI))) {
      text = PdfText.all(document);
    }
    Map<String, String> names = criterionNames();
    List<String> offices = new ArrayList<>(ASSIGNMENT.keySet());
    for (int i = 0; i < offices.size(); i++) {
      String heading = (i + 1) + ". " + offices.get(i) + ":";
      int start = text.indexOf(heading);
      assertTrue(start >= 0, "no section " + heading + " in " + text);
      String next =
          i + 1 < offices.size()
              ? (i + 2) + ". " + offices.get(i + 1) + ":"
              : (i + 2) + ". Kết quả tự đánh giá";
      int end = text.indexOf(next, start + heading.length());
      assertTrue(end > start, "no " + next);
      String section = text.substring(start, end);

      Set<String> printed = new LinkedHashSet<>();
      Matcher code = Pattern.compile("- (TC|TCTP) (\\d+(?:\\.\\d+)+)\\. ").matcher(section);
      while (code.find()) {
        printed.add(code.group(2));
        assertEquals(
            code.group(2).split("\\.").length > 2 ? "TCTP" : "TC", code.group(1), code.group(2));
      }
      assertEquals(ASSIGNMENT.get(offices.get(i)), List.copyOf(printed), offices.get(i));
      for (String c : ASSIGNMENT.get(offices.get(i))) {
        assertTrue(
            section.contains(c + ". " + PdfText.normalise(names.get(c))),
            "name of " + c + " in " + section);
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
  void theWordVersionCanBeEditedBeforeSigning() throws IOException {
    byte[] docx = report.render(letter(), ReportFormat.DOCX, VI);
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
    assertTrue(document.contains("UBND HUYỆN AN LÃO"));
    assertTrue(document.contains("Phòng Văn hóa – Thông tin"));
    assertTrue(document.contains("7.4.2"));
    assertTrue(document.contains("tài liệu kiểm chứng"));
  }

  @Test
  void aLetterInEnglishUsesTheEnglishLabels() throws IOException {
    try (PDDocument document =
        PdfText.open(report.render(letter(), ReportFormat.PDF, Locale.ENGLISH))) {
      String text = PdfText.all(document);
      assertTrue(text.contains("SOCIALIST REPUBLIC OF VIET NAM"), text);
      assertTrue(text.contains("No.: " + NUMBER), text);
      assertTrue(text.contains("Copies to:"), text);
    }
  }

  @Test
  void aReferenceWithItsOwnOpeningIsKeptAndTheRecipientsAreListed() {
    var labels = new AssignmentLetterDataSource.Labels(ScorecardParameters.labels(VI), VI);
    assertEquals(
        "Thực hiện Quyết định số 1",
        AssignmentLetterDataSource.reference("Thực hiện Quyết định số 1", labels));
    assertEquals(
        "Căn cứ Luật Tổ chức chính quyền địa phương;",
        AssignmentLetterDataSource.reference("Luật Tổ chức chính quyền địa phương", labels));
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

  /** The letter of the directive, the names from the demo index. */
  static AssignmentLetter letter() {
    Map<String, String> names = criterionNames();
    Map<String, List<String>> holders = new HashMap<>();
    ASSIGNMENT.forEach(
        (office, codes) ->
            codes.forEach(c -> holders.computeIfAbsent(c, k -> new ArrayList<>()).add(office)));
    List<AssignmentLetterSection> sections = new ArrayList<>();
    ASSIGNMENT.forEach(
        (office, codes) ->
            sections.add(
                new AssignmentLetterSection(
                    office,
                    codes.stream()
                        .map(
                            c -> {
                              List<String> h = holders.get(c);
                              if (h.size() == 1) {
                                return new AssignmentLetterSection.Item(
                                    c, names.get(c), AssignmentLetterSection.Role.SOLE, null);
                              }
                              List<String> others =
                                  h.stream().filter(o -> !o.equals(office)).toList();
                              return new AssignmentLetterSection.Item(
                                  c,
                                  names.get(c),
                                  h.get(0).equals(office)
                                      ? AssignmentLetterSection.Role.LEAD
                                      : AssignmentLetterSection.Role.SUPPORT,
                                  String.join(", ", others));
                            })
                        .toList())));
    return new AssignmentLetter(
        "UBND huyện An Lão",
        "An Lão",
        NUMBER,
        LocalDate.of(2024, 2, 5),
        SUBJECT,
        List.copyOf(ASSIGNMENT.keySet()),
        List.of(
            REFERENCE,
            "Hướng dẫn số 1847/HD-SNV ngày 13/10/2023 của Sở Nội vụ tỉnh Bình Định về việc tự đánh"
                + " giá, chấm điểm xác định Chỉ số CCHC"),
        2023,
        sections,
        "Phòng Nội vụ",
        LocalDate.of(2023, 11, 25),
        "KT. CHỦ TỊCH\nPHÓ CHỦ TỊCH",
        "Đinh Văn Phú");
  }

  @SuppressWarnings("unchecked")
  private static Map<String, String> criterionNames() {
    try (InputStream in =
        AssignmentLetterReportTest.class.getResourceAsStream("/demo-index-district-2023.yaml")) {
      Map<String, Object> index = new Yaml().load(in);
      Map<String, String> names = new HashMap<>();
      for (Map<String, Object> node : (List<Map<String, Object>>) index.get("nodes")) {
        names.put(String.valueOf(node.get("code")), String.valueOf(node.get("name")));
      }
      return names;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
