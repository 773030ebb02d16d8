package vn.parindex.survey;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.function.Consumer;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import vn.parindex.kernel.Refusal;
import vn.parindex.kernel.Refusal.Detail;
import vn.parindex.scoring.Points;

/**
 * The survey workbook of a block: the template lists its units and survey criteria, a filled one
 * reads back, and a broken one is refused with every problem at its row and column.
 */
class SurveyWorkbookTest {
  private static final SurveyLayout LAYOUT =
      new SurveyLayout(
          "Đánh giá Chỉ số CCHC năm 2025",
          "Khối xã, phường",
          "Bộ chỉ số xã 2025",
          List.of(
              new SurveyLayout.UnitLine(11, "UBND xã Ia Grai", 101L),
              new SurveyLayout.UnitLine(12, "UBND phường Pleiku", 102L),
              new SurveyLayout.UnitLine(13, "UBND xã Kbang", 103L)),
          List.of(
              new SurveyLayout.SurveyColumn(
                  501, "S.1", "Sự hài lòng của người dân", Points.of("2")),
              new SurveyLayout.SurveyColumn(
                  502, "S.2", "Đánh giá của đại biểu", Points.of("3.5"))));

  private final SurveyWorkbook workbook = new SurveyWorkbook();

  @Test
  void theTemplateHasARowPerUnitAndAColumnPerSurveyCriterionWithItsMax() throws IOException {
    try (Workbook template = open(workbook.write(LAYOUT))) {
      Sheet results = template.getSheet(SurveyWorkbook.RESULTS);
      assertTrue(results.getRow(0).getCell(0).getStringCellValue().contains("Khối xã, phường"));
      assertEquals("Mã đơn vị", results.getRow(3).getCell(0).getStringCellValue());
      assertEquals("S.1", results.getRow(3).getCell(2).getStringCellValue());
      assertEquals("S.2", results.getRow(3).getCell(3).getStringCellValue());
      assertTrue(results.getRow(4).getCell(2).getStringCellValue().contains("tối đa 2,00"));
      assertTrue(results.getRow(4).getCell(3).getStringCellValue().contains("tối đa 3,50"));
      assertEquals(11, (long) results.getRow(5).getCell(0).getNumericCellValue());
      assertEquals("UBND xã Ia Grai", results.getRow(5).getCell(1).getStringCellValue());
      assertEquals("UBND xã Kbang", results.getRow(7).getCell(1).getStringCellValue());
      assertEquals(2, results.getDataValidations().size(), "0..max on each criterion's column");
      assertEquals(
          "Nhóm đối tượng khảo sát",
          template.getSheet(SurveyWorkbook.FORMS).getRow(2).getCell(0).getStringCellValue());
    }
  }

  @Test
  void aFilledTemplateReadsBackWithItsFormsAndTheVietnameseDecimalComma() throws IOException {
    byte[] filled =
        fill(
            workbook.write(LAYOUT),
            results -> {
              values(results.getRow(5), "1,5", 3);
              values(results.getRow(6), 2, 3.25);
              values(results.getRow(7), 1, 0);
            },
            forms -> {
              forms.getRow(3).getCell(0).setCellValue("Đại biểu HĐND");
              forms.getRow(3).getCell(1).setCellValue(1600);
              forms.getRow(3).getCell(2).setCellValue(1412);
            });

    SurveySheet sheet = workbook.read(filled, LAYOUT);

    assertEquals(3, sheet.units().size());
    SurveySheet.UnitPoints iaGrai = sheet.units().get(0);
    assertEquals(11, iaGrai.unit().unitId());
    assertEquals(6, iaGrai.row());
    assertEquals(Points.of("1.5"), iaGrai.points().get("S.1"));
    assertEquals(Points.of("2"), sheet.units().get(1).points().get("S.1"));
    assertEquals(Points.of("3.25"), sheet.units().get(1).points().get("S.2"));
    assertEquals(Points.of("0"), sheet.units().get(2).points().get("S.2"));
    assertEquals(List.of(new SurveySheet.Forms("Đại biểu HĐND", 1600, 1412)), sheet.forms());
  }

  @Test
  void aUnitWithoutItsIdIsFoundByItsExactName() throws IOException {
    byte[] filled =
        fill(
            workbook.write(LAYOUT),
            results -> {
              results.getRow(5).getCell(0).setBlank();
              results.getRow(5).getCell(1).setCellValue("  UBND  xã Ia Grai ");
              for (int r = 5; r <= 7; r++) {
                values(results.getRow(r), 1, 1);
              }
            },
            forms -> {});

    assertEquals(11, workbook.read(filled, LAYOUT).units().get(0).unit().unitId());
  }

  @Test
  void aBrokenFileIsRefusedWithEveryProblemAtItsRowAndColumn() throws IOException {
    byte[] broken =
        fill(
            workbook.write(LAYOUT),
            results -> {
              values(results.getRow(5), 2.5, 1); // C6 above the max 2
              results.getRow(6).createCell(2).setCellValue(1); // D7 (S.2) left empty
              Row unknown = results.createRow(8);
              unknown.createCell(0).setCellValue(999);
              unknown.createCell(1).setCellValue("UBND xã Không Có");
              Row twice = results.createRow(9);
              twice.createCell(0).setCellValue(11);
              twice.createCell(1).setCellValue("UBND xã Ia Grai");
              values(twice, 1, 1);
              values(results.getRow(7), 1, "khá");
            },
            forms -> {});

    List<Detail> problems =
        assertThrows(SurveyFileRefused.class, () -> workbook.read(broken, LAYOUT)).details();

    assertProblem(problems, 6, "C", "survey.import.range", "6", "C (S.1)", "2.5", "2,00");
    assertProblem(problems, 7, "D", "survey.import.missing", "7", "D (S.2)");
    assertProblem(problems, 8, "D", "survey.import.notNumber", "8", "D (S.2)", "khá");
    assertProblem(problems, 9, "A", "survey.import.unknownUnitId", "9", "999");
    assertProblem(problems, 10, "A", "survey.import.duplicateUnit", "10", "UBND xã Ia Grai", "6");
    assertEquals(5, problems.size(), problems.toString());
  }

  @Test
  void anUnknownOrRepeatedCriterionColumnAndAMissingOneAreProblemsOfTheHeader() throws IOException {
    byte[] broken =
        fill(
            workbook.write(LAYOUT),
            results -> {
              results.getRow(3).getCell(3).setCellValue("S.9");
              results.getRow(3).createCell(4).setCellValue("S.1");
              for (int r = 5; r <= 7; r++) {
                values(results.getRow(r), 1, 1);
                results.getRow(r).createCell(4).setCellValue(1);
              }
            },
            forms -> {});

    List<Detail> problems =
        assertThrows(SurveyFileRefused.class, () -> workbook.read(broken, LAYOUT)).details();

    assertProblem(problems, 4, "D", "survey.import.unknownCriterion", "4", "D", "S.9");
    assertProblem(problems, 4, "E", "survey.import.duplicateCriterion", "4", "E", "S.1", "C");
    assertProblem(
        problems, 4, null, "survey.import.missingCriterion", "4", "S.2", "Đánh giá của đại biểu");
    assertEquals(3, problems.size(), problems.toString());
  }

  @Test
  void aUnitWithoutAnAssessmentOrWithoutARowAndMoreThanTwoDecimalsAreProblems() throws IOException {
    SurveyLayout withoutAssessment =
        new SurveyLayout(
            LAYOUT.campaignName(),
            LAYOUT.blockName(),
            LAYOUT.versionName(),
            List.of(
                new SurveyLayout.UnitLine(11, "UBND xã Ia Grai", null),
                new SurveyLayout.UnitLine(12, "UBND phường Pleiku", 102L)),
            LAYOUT.criteria());
    byte[] broken =
        fill(
            workbook.write(LAYOUT),
            results -> {
              values(results.getRow(5), 1, 1);
              values(results.getRow(6), 1.125, 1);
              results.removeRow(results.getRow(7));
            },
            forms -> {});

    List<Detail> problems =
        assertThrows(SurveyFileRefused.class, () -> workbook.read(broken, withoutAssessment))
            .details();

    assertProblem(problems, 6, "B", "survey.import.noAssessment", "6", "UBND xã Ia Grai");
    assertProblem(problems, 7, "C", "survey.import.scale", "7", "C (S.1)", "1.125");
    assertTrue(
        problems.stream().noneMatch(p -> p.messageKey().equals("survey.import.unitAbsent")),
        "every unit of this layout has its row");

    List<Detail> absent =
        assertThrows(SurveyFileRefused.class, () -> workbook.read(broken, LAYOUT)).details();
    assertTrue(
        absent.stream()
            .anyMatch(
                p ->
                    p.messageKey().equals("survey.import.unitAbsent")
                        && p.arguments().equals(List.of("UBND xã Kbang"))),
        absent.toString());
  }

  @Test
  void anIdThatDisagreesWithTheNameIsAProblem() throws IOException {
    byte[] broken =
        fill(
            workbook.write(LAYOUT),
            results -> {
              for (int r = 5; r <= 7; r++) {
                values(results.getRow(r), 1, 1);
              }
              results.getRow(5).getCell(0).setCellValue(12);
            },
            forms -> {});

    List<Detail> problems =
        assertThrows(SurveyFileRefused.class, () -> workbook.read(broken, LAYOUT)).details();

    assertProblem(
        problems,
        6,
        "B",
        "survey.import.unitMismatch",
        "6",
        "12",
        "UBND phường Pleiku",
        "UBND xã Ia Grai");
  }

  @Test
  void wrongFormCountsAreProblemsOfTheFormsSheet() throws IOException {
    byte[] broken =
        fill(
            workbook.write(LAYOUT),
            results -> {
              for (int r = 5; r <= 7; r++) {
                values(results.getRow(r), 1, 1);
              }
            },
            forms -> {
              forms.getRow(3).getCell(0).setCellValue("Người dân");
              forms.getRow(3).getCell(1).setCellValue(100);
              forms.getRow(3).getCell(2).setCellValue(120);
              forms.getRow(4).getCell(1).setCellValue("nhiều");
            });

    List<Detail> problems =
        assertThrows(SurveyFileRefused.class, () -> workbook.read(broken, LAYOUT)).details();

    assertProblem(problems, 4, "C", "survey.import.forms.moreReturned", "4");
    assertProblem(problems, 5, "A", "survey.import.forms.group", "5");
    assertProblem(problems, 5, "B", "survey.import.forms.count", "5", "B", "nhiều");
  }

  @Test
  void aFileThatIsNoWorkbookIsRefusedAsAWhole() {
    for (byte[] content : List.of(new byte[0], "S.1;S.2\n1;2".getBytes(StandardCharsets.UTF_8))) {
      Refusal refusal = assertThrows(Refusal.class, () -> workbook.read(content, LAYOUT));
      assertEquals("survey.import.notXlsx", refusal.messageKey());
      assertEquals(Refusal.Kind.INVALID, refusal.kind());
    }
  }

  @Test
  void aWorkbookWithoutTheHeaderIsNotTheSurveyTemplate() throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (XSSFWorkbook other = new XSSFWorkbook()) {
      other.createSheet("Sheet1").createRow(0).createCell(0).setCellValue("Họ và tên");
      other.write(out);
    }

    List<Detail> problems =
        assertThrows(SurveyFileRefused.class, () -> workbook.read(out.toByteArray(), LAYOUT))
            .details();

    assertEquals("survey.import.noHeader", problems.get(0).messageKey());
  }

  /** Types the points of S.1 (column C) and S.2 (column D) in a unit's row. */
  private static void values(Row row, Object s1, Object s2) {
    set(row, 2, s1);
    set(row, 3, s2);
  }

  private static void set(Row row, int column, Object value) {
    if (value instanceof String text) {
      row.createCell(column).setCellValue(text);
    } else {
      row.createCell(column).setCellValue(((Number) value).doubleValue());
    }
  }

  private static byte[] fill(byte[] template, Consumer<Sheet> results, Consumer<Sheet> forms)
      throws IOException {
    try (Workbook book = open(template)) {
      results.accept(book.getSheet(SurveyWorkbook.RESULTS));
      forms.accept(book.getSheet(SurveyWorkbook.FORMS));
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      book.write(out);
      return out.toByteArray();
    }
  }

  private static Workbook open(byte[] content) throws IOException {
    return new XSSFWorkbook(new ByteArrayInputStream(content));
  }

  private static void assertProblem(
      List<Detail> problems, Integer row, String column, String key, Object... arguments) {
    assertTrue(
        problems.stream()
            .anyMatch(
                p ->
                    java.util.Objects.equals(p.row(), row)
                        && java.util.Objects.equals(p.column(), column)
                        && p.messageKey().equals(key)
                        && p.arguments().equals(List.of(arguments))),
        "expected " + key + " at " + row + column + " " + List.of(arguments) + " in " + problems);
  }
}
