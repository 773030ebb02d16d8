package vn.parindex.it;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.StringReader;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import org.apache.poi.xssf.usermodel.XSSFCell;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * An index entered by file, without a developer: the Excel template round-trips, a broken file is
 * refused as a whole with its problems by row and column, and the YAML of the demo imports too.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class IndexImportIT {
  private static final String XLSX =
      "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

  private final Api admin = new Api("admin");

  @Test
  void anExportedVersionImportsBackAsAnEqualDraft() throws Exception {
    long published = IndexVersionApiIT.demoVersion();
    byte[] workbook = export(published);

    HttpResponse<String> created = admin.upload("index-versions", XLSX, workbook);

    assertEquals(201, created.statusCode(), created.body());
    long draft = ((JsonObject) Api.json(created)).getJsonNumber("id").longValue();
    JsonArray changes =
        (JsonArray)
            Api.json(admin.get("index-versions/compare?from=" + published + "&to=" + draft));
    for (JsonObject change : changes.getValuesAs(JsonObject.class)) {
      assertEquals(0, change.getJsonArray("changes").size(), change.toString());
    }
    JsonObject original = (JsonObject) Api.json(admin.get("index-versions/" + published));
    JsonObject imported = (JsonObject) Api.json(admin.get("index-versions/" + draft));
    assertEquals(
        withoutLinks(original.getJsonArray("nodes")), withoutLinks(imported.getJsonArray("nodes")));
    assertEquals(original.getJsonArray("bands"), imported.getJsonArray("bands"));
    assertEquals("DRAFT", imported.getJsonObject("version").getString("status"));
  }

  @Test
  void aBrokenWorkbookIsRefusedWithEveryProblemByRowAndColumnAndNothingIsSaved() throws Exception {
    byte[] broken = breakWorkbook(export(IndexVersionApiIT.demoVersion()));
    long versionsBefore = TestDatabase.count("index_version");
    long nodesBefore = TestDatabase.count("criterion");

    HttpResponse<String> refused = admin.upload("index-versions", XLSX, broken);

    assertEquals(400, refused.statusCode(), refused.body());
    JsonArray problems = problems(refused.body());
    assertTrue(problems.size() >= 3, refused.body());
    assertTrue(mentions(problems, "abc"), "the unreadable number is named: " + refused.body());
    assertTrue(refused.body().contains("\"row\":"), refused.body());
    assertTrue(refused.body().contains("\"column\":"), refused.body());
    assertEquals(versionsBefore, TestDatabase.count("index_version"));
    assertEquals(nodesBefore, TestDatabase.count("criterion"));
  }

  @Test
  void aWorkbookHidingARowOrHoldingAFormulaWithoutItsValueIsRefusedAndNothingIsSaved()
      throws Exception {
    byte[] crafted = hideAndComputeNothing(export(IndexVersionApiIT.demoVersion()));
    long versionsBefore = TestDatabase.count("index_version");
    long nodesBefore = TestDatabase.count("criterion");

    HttpResponse<String> refused = admin.upload("index-versions", XLSX, crafted);

    assertEquals(400, refused.statusCode(), refused.body());
    JsonArray problems = problems(refused.body());
    assertEquals(2, problems.size(), refused.body());
    assertTrue(mentions(problems, "Công thức ở ô C"), "the formula's cell: " + refused.body());
    assertTrue(mentions(problems, "đang bị ẩn"), "the hidden row: " + refused.body());
    assertEquals(versionsBefore, TestDatabase.count("index_version"));
    assertEquals(nodesBefore, TestDatabase.count("criterion"));
  }

  @Test
  void aYamlWithADuplicateKeyOrNotANumberIsRefusedWithItsPlaceAndNothingIsSaved() throws Exception {
    String demo =
        Files.readString(Path.of("../ejb/src/main/resources/demo/demo-index-district-2023.yaml"));
    String duplicate = demo.replaceFirst("max_points: 13}", "max_points: 13, max_points: 99}");
    String notANumber = demo.replaceFirst("max_points: 13}", "max_points: .nan}");
    long versionsBefore = TestDatabase.count("index_version");

    HttpResponse<String> twice =
        admin.upload("index-versions", "application/yaml", duplicate.getBytes(UTF_8));
    HttpResponse<String> nan =
        admin.inEnglish().upload("index-versions", "application/yaml", notANumber.getBytes(UTF_8));

    assertEquals(400, twice.statusCode(), twice.body());
    assertTrue(mentions(problems(twice.body()), "max_points"), twice.body());
    assertTrue(mentions(problems(twice.body()), "hai lần"), twice.body());
    assertEquals(400, nan.statusCode(), nan.body());
    assertTrue(mentions(problems(nan.body()), ".nan"), nan.body());
    assertTrue(nan.body().contains("\"column\":\"max_points\""), nan.body());
    assertEquals(versionsBefore, TestDatabase.count("index_version"));
  }

  @Test
  void theYamlOfTheDemoIndexImportsIntoADraft() throws Exception {
    byte[] yaml =
        Files.readAllBytes(Path.of("../ejb/src/main/resources/demo/demo-index-district-2023.yaml"));

    HttpResponse<String> created = admin.upload("index-versions", "application/yaml", yaml);

    assertEquals(201, created.statusCode(), created.body());
    long draft = ((JsonObject) Api.json(created)).getJsonNumber("id").longValue();
    JsonObject tree = (JsonObject) Api.json(admin.get("index-versions/" + draft));
    assertTrue(tree.getBoolean("publishable"), tree.getJsonArray("problems").toString());
    assertEquals(74, tree.getJsonArray("nodes").size());
  }

  /**
   * A due date written in the YAML ("15/12/N-1") reaches the draft, is changed in the editor, and
   * comes back unchanged from the version's workbook; an impossible day is refused in the editor
   * and in a file, with its place, and changes nothing.
   */
  @Test
  void aDueDateGoesFromTheYamlThroughTheEditorToTheWorkbookAndBack() throws Exception {
    String demo =
        Files.readString(Path.of("../ejb/src/main/resources/demo/demo-index-district-2023.yaml"));
    long draft = Api.id(admin.upload("index-versions", "application/yaml", demo.getBytes(UTF_8)));
    assertEquals("15/12/N-1", node(draft, "1.1").getString("due"));
    assertEquals("31/01/N", node(draft, "2.2.2").getString("due"));
    assertFalse(node(draft, "1.2").containsKey("due"), "no due date: none written");

    JsonObject edited =
        Json.createObjectBuilder(node(draft, "1.1"))
            .remove("problems")
            .add("due", "31/03/N")
            .build();
    HttpResponse<String> saved =
        admin.put("index-versions/" + draft + "/nodes/1.1", edited.toString());
    assertEquals(204, saved.statusCode(), saved.body());
    assertEquals("31/03/N", node(draft, "1.1").getString("due"));

    String impossible = Json.createObjectBuilder(edited).add("due", "31/04/N").build().toString();
    HttpResponse<String> refused = admin.put("index-versions/" + draft + "/nodes/1.1", impossible);
    assertEquals(400, refused.statusCode(), refused.body());
    JsonObject answer;
    try (JsonReader reader = Json.createReader(new StringReader(refused.body()))) {
      answer = reader.readObject();
    }
    assertEquals("due", answer.getString("field"));
    assertTrue(answer.getString("message").contains("31/04/N"), refused.body());
    assertEquals("31/03/N", node(draft, "1.1").getString("due"), "nothing changed");

    long reimported = Api.id(admin.upload("index-versions", XLSX, export(draft)));
    assertEquals("31/03/N", node(reimported, "1.1").getString("due"));
    assertEquals("31/01/N", node(reimported, "2.2.2").getString("due"));
    JsonArray changes =
        (JsonArray)
            Api.json(admin.get("index-versions/compare?from=" + draft + "&to=" + reimported));
    for (JsonObject change : changes.getValuesAs(JsonObject.class)) {
      assertEquals(0, change.getJsonArray("changes").size(), change.toString());
    }

    long versionsBefore = TestDatabase.count("index_version");
    String badYaml = demo.replace("due: \"31/01/N\"", "due: \"30/02/N\"");
    HttpResponse<String> badFile =
        admin.upload("index-versions", "application/yaml", badYaml.getBytes(UTF_8));
    assertEquals(400, badFile.statusCode(), badFile.body());
    assertTrue(badFile.body().contains("\"column\":\"due\""), badFile.body());
    assertTrue(mentions(problems(badFile.body()), "30/02/N"), badFile.body());
    assertEquals(versionsBefore, TestDatabase.count("index_version"));
  }

  private JsonObject node(long version, String code) throws Exception {
    JsonObject tree = (JsonObject) Api.json(admin.get("index-versions/" + version));
    return IndexVersionApiIT.nodes(tree).stream()
        .filter(n -> n.getString("code").equals(code))
        .findFirst()
        .orElseThrow();
  }

  @Test
  void anOfficeMayNotImportAnIndex() throws Exception {
    byte[] workbook = export(IndexVersionApiIT.demoVersion());

    assertEquals(403, new Api("noivu").upload("index-versions", XLSX, workbook).statusCode());
  }

  private byte[] export(long version) throws Exception {
    HttpResponse<byte[]> file = admin.download("index-versions/" + version + "/workbook.xlsx");
    assertEquals(200, file.statusCode());
    return file.body();
  }

  /**
   * An unreadable number, a code whose parent is missing, and a parent whose children no longer add
   * up.
   */
  private static byte[] breakWorkbook(byte[] workbook) throws Exception {
    try (Workbook book = WorkbookFactory.create(new ByteArrayInputStream(workbook))) {
      Sheet nodes = book.getSheet("Tiêu chí");
      Row header = headerRow(nodes);
      int code = column(header, "Mã");
      int max = column(header, "Điểm tối đa");
      rowOf(nodes, code, "1.1").getCell(max).setCellValue("abc");
      rowOf(nodes, code, "2.4").getCell(code).setCellValue("9.9.9");
      rowOf(nodes, code, "3.2").getCell(max).setCellValue(5);
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      book.write(out);
      return out.toByteArray();
    }
  }

  /**
   * The name of 2.1 becomes a formula without a computed value (as a generator that never
   * calculates writes it) and the row of 3.1 is hidden.
   */
  private static byte[] hideAndComputeNothing(byte[] workbook) throws Exception {
    try (Workbook book = WorkbookFactory.create(new ByteArrayInputStream(workbook))) {
      Sheet nodes = book.getSheet("Tiêu chí");
      Row header = headerRow(nodes);
      int code = column(header, "Mã");
      int name = column(header, "Tên");
      XSSFCell formula = (XSSFCell) rowOf(nodes, code, "2.1").getCell(name);
      formula.setCellFormula("CONCATENATE(\"Tiêu chí \",\"2.1\")");
      formula.getCTCell().unsetV();
      rowOf(nodes, code, "3.1").setZeroHeight(true);
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      book.write(out);
      return out.toByteArray();
    }
  }

  private static Row headerRow(Sheet sheet) {
    for (Row row : sheet) {
      for (Cell cell : row) {
        if ("Mã".equals(text(cell))) {
          return row;
        }
      }
    }
    throw new AssertionError("no header row");
  }

  private static int column(Row header, String label) {
    for (Cell cell : header) {
      if (text(cell).startsWith(label)) {
        return cell.getColumnIndex();
      }
    }
    throw new AssertionError("no column " + label);
  }

  private static Row rowOf(Sheet sheet, int codeColumn, String code) {
    for (Row row : sheet) {
      Cell cell = row.getCell(codeColumn);
      if (cell != null && code.equals(text(cell))) {
        return row;
      }
    }
    throw new AssertionError("no row " + code);
  }

  private static String text(Cell cell) {
    return cell.getCellType() == CellType.STRING ? cell.getStringCellValue().strip() : "";
  }

  private static boolean mentions(JsonArray problems, String text) {
    return problems.getValuesAs(JsonObject.class).stream()
        .anyMatch(p -> p.getString("message").contains(text));
  }

  private static List<JsonObject> withoutLinks(JsonArray nodes) {
    return nodes.getValuesAs(JsonObject.class).stream()
        .map(n -> Json.createObjectBuilder(n).remove("predecessorCode").build())
        .toList();
  }

  /** The problems listed in an error answer. */
  private static JsonArray problems(String body) {
    try (JsonReader reader = Json.createReader(new StringReader(body))) {
      return reader.readObject().getJsonArray("problems");
    }
  }
}
