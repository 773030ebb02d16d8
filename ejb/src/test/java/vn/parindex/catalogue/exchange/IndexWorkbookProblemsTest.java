package vn.parindex.catalogue.exchange;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static vn.parindex.catalogue.exchange.Fixtures.VIETNAMESE;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import org.apache.poi.hssf.usermodel.HSSFWorkbook;
import org.apache.poi.ss.usermodel.FormulaError;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFCell;
import org.junit.jupiter.api.Test;
import vn.parindex.catalogue.IndexVersion;
import vn.parindex.scoring.CriterionCode;

/**
 * A workbook with any problem is refused as a whole, each problem where the administrator sees it.
 */
class IndexWorkbookProblemsTest {
  private static final String NODES = NodeSheet.NAME;

  /** The exported demo with one mistake of each kind, made the way an administrator would. */
  private static final class BrokenDemo {
    final Workbook workbook = Fixtures.open(Fixtures.exported(Fixtures.demoIndex()));
    final Sheet nodes = workbook.getSheet(NODES);

    /** The Excel row number (from 1) of a code, before any change. */
    int rowOf(String code) {
      for (Row row : nodes) {
        if (code.equals(CellText.of(row.getCell(0)))) {
          return row.getRowNum() + 1;
        }
      }
      throw new AssertionError("no row " + code);
    }

    void set(String code, NodeField field, String value) {
      nodes.getRow(rowOf(code) - 1).getCell(field.ordinal()).setCellValue(value);
    }

    void set(String code, NodeField field, double value) {
      nodes.getRow(rowOf(code) - 1).getCell(field.ordinal()).setCellValue(value);
    }

    XSSFCell cell(String code, NodeField field) {
      return (XSSFCell) nodes.getRow(rowOf(code) - 1).getCell(field.ordinal());
    }

    /** The cell's address as Excel shows it, e.g. "C12". */
    String address(String code, NodeField field) {
      return cell(code, field).getAddress().formatAsString();
    }

    /** What a crafted file may hold in a number cell, beyond what Excel writes. */
    void setRawNumber(String code, NodeField field, String raw) {
      XSSFCell cell = cell(code, field);
      cell.setCellValue(0);
      cell.getCTCell().setV(raw);
    }
  }

  private static List<ImportProblem> refused(byte[] file) {
    IndexImportException refused =
        assertThrows(IndexImportException.class, () -> Fixtures.importWorkbook(file));
    return refused.problems();
  }

  private static void assertReported(List<ImportProblem> problems, ImportProblem expected) {
    assertTrue(problems.contains(expected), () -> "no " + expected + " in\n" + lines(problems));
  }

  private static String lines(List<ImportProblem> problems) {
    return String.join(
        "\n", problems.stream().map(p -> ImportProblemMessages.describe(p, VIETNAMESE)).toList());
  }

  @Test
  void refusesAWorkbookWithManyMistakesListingEachOnItsRowAndColumn() {
    BrokenDemo demo = new BrokenDemo();
    int badCode = demo.rowOf("2.4");
    int orphan = demo.rowOf("3.3");
    int area4 = demo.rowOf("4");
    int unknownRule = demo.rowOf("5.1");
    int unreadable = demo.rowOf("6.1");
    int duplicate = demo.rowOf("7.2");
    int original = demo.rowOf("7.1");
    int missingParameter = demo.rowOf("1.1");
    demo.set("2.4", NodeField.CODE, "2..4");
    demo.set("3.3", NodeField.CODE, "9.1");
    demo.set("4", NodeField.MAX_POINTS, 7);
    demo.set("5.1", NodeField.RULE, "binarry");
    demo.set("6.1", NodeField.MAX_POINTS, "abc");
    demo.set("7.2", NodeField.CODE, "7.1");
    demo.set("1.1", NodeField.PARAMETERS, "on_time=1");
    demo.set("8.2", NodeField.MAX_POINTS, -1);
    demo.set("8.3", NodeField.KIND, "Nhóm");
    demo.workbook
        .getSheet(VersionSheet.NAME)
        .getRow(1 + VersionField.DECISION_DATE.ordinal())
        .getCell(1)
        .setCellValue("31/02/2023");

    List<ImportProblem> problems = refused(Fixtures.bytes(demo.workbook));

    assertReported(
        problems,
        new ImportProblem(
            VersionSheet.NAME,
            2 + VersionField.DECISION_DATE.ordinal(),
            "Ngày quyết định",
            "import.date.invalid",
            "31/02/2023"));
    assertReported(
        problems, new ImportProblem(NODES, badCode, "Mã", "import.code.invalid", "2..4"));
    assertReported(
        problems, new ImportProblem(NODES, orphan, "Mã", "import.code.parentMissing", "9.1", "9"));
    assertReported(
        problems,
        new ImportProblem(
            NODES,
            area4,
            "Điểm tối đa",
            "version.parent.sum",
            "4",
            new BigDecimal("7.00"),
            new BigDecimal("6.00")));
    assertReported(
        problems,
        new ImportProblem(NODES, unknownRule, "Cách tính điểm", "import.rule.unknown", "binarry"));
    assertReported(
        problems,
        new ImportProblem(NODES, unreadable, "Điểm tối đa", "import.number.unreadable", "abc"));
    assertReported(
        problems,
        new ImportProblem(NODES, duplicate, "Mã", "import.code.duplicate", "7.1", original));
    assertReported(
        problems,
        new ImportProblem(
            NODES, missingParameter, "Tham số", "import.parameter.missing", "timeliness", "late"));
    assertReported(
        problems,
        new ImportProblem(NODES, demo.rowOf("8.2"), "Điểm tối đa", "import.number.negative", "-1"));
    assertReported(
        problems,
        new ImportProblem(NODES, demo.rowOf("8.3"), "Cấp", "import.kind.unknown", "Nhóm"));
    // Area 5 and 6 lost a row that was refused: their sums are not reported as well.
    int area5 = demo.rowOf("5");
    int area6 = demo.rowOf("6");
    assertFalse(
        problems.stream().anyMatch(p -> p.row() == area5 || p.row() == area6), lines(problems));
  }

  @Test
  void saysEachProblemInVietnameseAndInEnglish() {
    BrokenDemo demo = new BrokenDemo();
    demo.set("6.1", NodeField.MAX_POINTS, "abc");
    demo.set("4", NodeField.MAX_POINTS, 7);

    List<ImportProblem> problems = refused(Fixtures.bytes(demo.workbook));

    ImportProblem number =
        problems.stream()
            .filter(p -> p.messageKey().equals("import.number.unreadable"))
            .findFirst()
            .orElseThrow();
    assertEquals(
        "Không đọc được số \"abc\"; hãy nhập số, dùng dấu chấm hoặc dấu phẩy thập phân (ví dụ 1,5).",
        ImportProblemMessages.message(number, VIETNAMESE));
    assertEquals(
        "Trang \"Tiêu chí\", dòng "
            + demo.rowOf("6.1")
            + ", cột \"Điểm tối đa\": Không đọc được"
            + " số \"abc\"; hãy nhập số, dùng dấu chấm hoặc dấu phẩy thập phân (ví dụ 1,5).",
        ImportProblemMessages.describe(number, VIETNAMESE));
    ImportProblem sum =
        problems.stream()
            .filter(p -> p.messageKey().equals("version.parent.sum"))
            .findFirst()
            .orElseThrow();
    assertEquals(
        "Điểm tối đa của 4 là 7 nhưng tổng điểm tối đa các nút con là 6.",
        ImportProblemMessages.message(sum, VIETNAMESE));
    for (ImportProblem problem : problems) {
      assertTrue(ImportProblemMessages.message(problem, Locale.ENGLISH).matches("\\p{ASCII}+"));
    }
  }

  @Test
  void refusesAFileThatIsNotAWorkbook() {
    List<ImportProblem> problems =
        refused("code;name\n1;Công tác chỉ đạo\n".getBytes(StandardCharsets.UTF_8));

    assertEquals(List.of(new ImportProblem(null, 0, null, "import.file.unreadable")), problems);
    assertEquals(
        "Không đọc được tệp: tệp không phải bảng tính Excel (.xlsx) hoặc đã bị hỏng.",
        ImportProblemMessages.describe(problems.get(0), VIETNAMESE));
  }

  @Test
  void refusesAnEmptyFile() {
    assertEquals(
        List.of(new ImportProblem(null, 0, null, "import.file.unreadable")), refused(new byte[0]));
  }

  @Test
  void asksForAnOldExcelFileToBeSavedAsXlsx() throws IOException {
    ByteArrayOutputStream xls = new ByteArrayOutputStream();
    try (HSSFWorkbook old = new HSSFWorkbook()) {
      old.createSheet(NODES);
      old.write(xls);
    }

    assertEquals(
        List.of(new ImportProblem(null, 0, null, "import.file.oldExcel")),
        refused(xls.toByteArray()));
  }

  @Test
  void refusesAWorkbookWithoutItsSheetsOrColumns() {
    Workbook workbook = Fixtures.open(Fixtures.exported(Fixtures.demoIndex()));
    workbook.removeSheetAt(workbook.getSheetIndex(VersionSheet.NAME));
    Row header = workbook.getSheet(NODES).getRow(0);
    header.getCell(NodeField.MAX_POINTS.ordinal()).setCellValue("Điểm");

    List<ImportProblem> problems = refused(Fixtures.bytes(workbook));

    assertEquals(
        List.of(
            new ImportProblem(VersionSheet.NAME, 0, null, "import.sheet.missing", "Phiên bản"),
            new ImportProblem(NODES, 1, "Điểm tối đa", "import.header.missing", "Điểm tối đa")),
        problems);
  }

  @Test
  void refusesMoreRowsThanAnyIndexHas() {
    Workbook workbook = Fixtures.open(Fixtures.exported(Fixtures.demoIndex()));
    Sheet nodes = workbook.getSheet(NODES);
    for (int i = 0; i < NodeSheet.MAX_ROWS; i++) {
      Row row = nodes.createRow(nodes.getLastRowNum() + 1);
      row.createCell(0).setCellValue("S." + (i + 1));
      row.createCell(1).setCellValue("Tiêu chí");
    }

    List<ImportProblem> problems = refused(Fixtures.bytes(workbook));

    int rows = Fixtures.demoIndex().nodes().size() + NodeSheet.MAX_ROWS;
    assertEquals(
        List.of(
            new ImportProblem(NODES, 0, null, "import.nodes.tooMany", rows, NodeSheet.MAX_ROWS)),
        problems);
  }

  @Test
  void checksEveryRowEvenWhenTheHeaderCannotBeRead() {
    BrokenDemo demo = new BrokenDemo();
    demo.workbook
        .getSheet(VersionSheet.NAME)
        .getRow(1 + VersionField.NAME.ordinal())
        .getCell(1)
        .setBlank();
    demo.set("8.1", NodeField.KIND, "Lĩnh vực");

    List<ImportProblem> problems = refused(Fixtures.bytes(demo.workbook));

    assertEquals(
        List.of(
            new ImportProblem(
                VersionSheet.NAME, 2, "Tên bộ chỉ số", "import.cell.required", "Tên bộ chỉ số"),
            new ImportProblem(
                NODES, demo.rowOf("8.1"), "Cấp", "import.kind.mismatch", "8.1", 2, "Tiêu chí")),
        problems);
  }

  @Test
  void offersATemplateWithTheHeadersTheGuidanceAndAnExample() {
    Workbook template = Fixtures.open(Fixtures.template());

    Sheet nodes = template.getSheet(NODES);
    for (NodeField field : NodeField.values()) {
      assertEquals(field.label(), nodes.getRow(0).getCell(field.ordinal()).getStringCellValue());
    }
    assertTrue(nodes.getRow(1).getCell(0).getStringCellValue().startsWith("Hướng dẫn"));
    assertTrue(
        nodes
            .getRow(1)
            .getCell(NodeField.PARAMETERS.ordinal())
            .getStringCellValue()
            .contains("tiers=1:2, 0.8:1, 0:0"));
    assertEquals("1.1", nodes.getRow(3).getCell(0).getStringCellValue());
    assertTrue(nodes.getPaneInformation().isFreezePane());
    Sheet version = template.getSheet(VersionSheet.NAME);
    assertEquals("Tên bộ chỉ số", version.getRow(1).getCell(0).getStringCellValue());
    // Left as it is, only the values the administrator has to type are reported.
    List<ImportProblem> problems = refused(Fixtures.template());
    assertTrue(
        problems.stream().allMatch(p -> p.sheet().equals(VersionSheet.NAME)), lines(problems));
    assertTrue(
        problems.stream().allMatch(p -> p.messageKey().equals("import.cell.required")),
        lines(problems));
  }

  @Test
  void refusesAFormulaWithoutAComputedValueNamingTheCell() {
    BrokenDemo demo = new BrokenDemo();
    int row = demo.rowOf("2.1");
    XSSFCell name = demo.cell("2.1", NodeField.NAME);
    name.setCellFormula("CONCATENATE(\"Tiêu chí \",\"hai\")");
    // as generators that never calculate write it: no value, or an empty one that reads as 0
    name.getCTCell().unsetV();
    XSSFCell other = demo.cell("2.3", NodeField.NAME);
    other.setCellFormula("B2");
    other.getCTCell().setV("");
    String address = demo.address("2.1", NodeField.NAME);
    String otherAddress = demo.address("2.3", NodeField.NAME);
    String column = address.replaceAll("\\d", "");

    List<ImportProblem> problems = refused(Fixtures.bytes(demo.workbook));

    assertEquals(
        List.of(
            new ImportProblem(
                NODES,
                row,
                column,
                "import.cell.formulaWithoutValue",
                address,
                "CONCATENATE(\"Tiêu chí \",\"hai\")"),
            new ImportProblem(
                NODES,
                demo.rowOf("2.3"),
                column,
                "import.cell.formulaWithoutValue",
                otherAddress,
                "B2")),
        problems);
    assertTrue(lines(problems).contains("ô " + address), () -> lines(problems) + " names the cell");
    assertTrue(
        ImportProblemMessages.describe(problems.get(0), Locale.ENGLISH).contains("cell " + address),
        () -> ImportProblemMessages.describe(problems.get(0), Locale.ENGLISH));
  }

  @Test
  void readsAFormulaByTheValueExcelComputed() {
    BrokenDemo demo = new BrokenDemo();
    XSSFCell max = demo.cell("2", NodeField.MAX_POINTS);
    double sum = max.getNumericCellValue();
    int first = demo.rowOf("2.1");
    max.setCellFormula("SUM(D" + first + ":D" + (first + 1) + ")");
    max.setCellValue(sum);

    IndexVersion imported = Fixtures.importWorkbook(Fixtures.bytes(demo.workbook));

    assertEquals(
        0,
        BigDecimal.valueOf(sum)
            .compareTo(
                imported.node(CriterionCode.of("2")).orElseThrow().maxPoints().toBigDecimal()));
  }

  @Test
  void refusesAnErrorValueNamingTheCell() {
    BrokenDemo demo = new BrokenDemo();
    demo.cell("2.1", NodeField.NAME).setCellErrorValue(FormulaError.REF);
    String address = demo.address("2.1", NodeField.NAME);

    List<ImportProblem> problems = refused(Fixtures.bytes(demo.workbook));

    assertEquals(
        List.of(
            new ImportProblem(
                NODES,
                demo.rowOf("2.1"),
                address.replaceAll("\\d", ""),
                "import.cell.error",
                address,
                "#REF!")),
        problems);
  }

  @Test
  void refusesHiddenRowsAndSheetsWithWhereTheyAre() {
    BrokenDemo demo = new BrokenDemo();
    int hidden = demo.rowOf("3.1");
    demo.nodes.getRow(hidden - 1).setZeroHeight(true);
    Sheet notes = demo.workbook.createSheet("Ghi chú");
    notes.createRow(0).createCell(0).setCellValue("Điểm thật của 3.1 là 5");
    demo.workbook.setSheetHidden(demo.workbook.getSheetIndex(notes), true);

    List<ImportProblem> problems = refused(Fixtures.bytes(demo.workbook));

    assertEquals(
        List.of(
            new ImportProblem(NODES, hidden, null, "import.row.hidden", hidden),
            new ImportProblem("Ghi chú", 0, null, "import.sheet.hidden", "Ghi chú")),
        problems);
  }

  @Test
  void refusesAHiddenColumnWithContent() {
    BrokenDemo demo = new BrokenDemo();
    demo.nodes.setColumnHidden(NodeField.EVIDENCE.ordinal(), true);
    String letter = demo.address("2.1", NodeField.EVIDENCE).replaceAll("\\d", "");

    List<ImportProblem> problems = refused(Fixtures.bytes(demo.workbook));

    assertEquals(
        List.of(new ImportProblem(NODES, 0, letter, "import.column.hidden", letter)), problems);
  }

  @Test
  void refusesTheIndexSheetItselfWhenHidden() {
    BrokenDemo demo = new BrokenDemo();
    demo.workbook.setSheetHidden(demo.workbook.getSheetIndex(NODES), true);
    demo.workbook.setActiveSheet(0);

    List<ImportProblem> problems = refused(Fixtures.bytes(demo.workbook));

    assertEquals(
        List.of(new ImportProblem(NODES, 0, null, "import.sheet.hidden", NODES)), problems);
  }

  @Test
  void refusesNanInfinityAndOutOfRangeNumbersWhereTheyAre() {
    BrokenDemo demo = new BrokenDemo();
    demo.setRawNumber("2.1", NodeField.MAX_POINTS, "NaN");
    demo.setRawNumber("2.3", NodeField.MAX_POINTS, "Infinity");
    demo.setRawNumber("2.4", NodeField.MAX_POINTS, "1E308");

    List<ImportProblem> problems = refused(Fixtures.bytes(demo.workbook));

    String max = NodeField.MAX_POINTS.label();
    assertReported(
        problems,
        new ImportProblem(NODES, demo.rowOf("2.1"), max, "import.number.unreadable", "NaN"));
    assertReported(
        problems,
        new ImportProblem(NODES, demo.rowOf("2.3"), max, "import.number.unreadable", "Infinity"));
    assertTrue(
        problems.stream()
            .anyMatch(
                p ->
                    p.row() == demo.rowOf("2.4")
                        && max.equals(p.column())
                        && p.messageKey().equals("import.number.outOfRange")),
        () -> lines(problems));
  }
}
