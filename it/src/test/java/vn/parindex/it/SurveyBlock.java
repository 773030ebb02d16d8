package vn.parindex.it;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.util.Map;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * The survey side of an {@link AppraisedCommune}: both communes of its block have an assessment in
 * the campaign, and the Sở Nội vụ's template of the block is filled in as a survey operator would.
 */
final class SurveyBlock {
  static final String RESULTS = "Kết quả điều tra";

  final AppraisedCommune f = new AppraisedCommune();
  final long assessmentB;
  final String base;

  SurveyBlock() throws Exception {
    LocalDate today = LocalDate.now(Vietnam.ZONE);
    assessmentB =
        Api.id(
            f.consolidatorB.post(
                "assessments",
                "{\"unit\": "
                    + f.unitB
                    + ", \"year\": "
                    + today.getYear()
                    + ", \"version\": "
                    + f.version
                    + ", \"deadline\": \""
                    + today.plusDays(AppraisedCommune.DEADLINE_DAYS)
                    + "\"}"));
    ProvinceRows.update(
        "update assessment set campaign_id = ? where id = ?", f.campaign, assessmentB);
    base = "campaigns/" + f.campaign + "/blocks/" + f.block;
  }

  /** The block's template as the Sở Nội vụ downloads it. */
  Workbook template() throws Exception {
    HttpResponse<byte[]> template = f.soNoiVu.download(base + "/survey-template.xlsx");
    assertEquals(200, template.statusCode());
    return new XSSFWorkbook(new ByteArrayInputStream(template.body()));
  }

  /**
   * The template with each unit's points of the survey criterion S (column C) typed in, a number or
   * a text such as "21,5", and the forms of one group when asked.
   */
  byte[] filled(Map<Long, Object> points, boolean forms) throws Exception {
    try (Workbook book = template()) {
      Sheet sheet = book.getSheet(RESULTS);
      assertEquals("S", sheet.getRow(3).getCell(2).getStringCellValue());
      points.forEach(
          (unit, value) -> {
            if (value instanceof String text) {
              row(sheet, unit).createCell(2).setCellValue(text);
            } else {
              row(sheet, unit).createCell(2).setCellValue(((Number) value).doubleValue());
            }
          });
      if (forms) {
        Row group = book.getSheet("Thông tin phiếu").getRow(3);
        group.getCell(0).setCellValue("Đại biểu HĐND tỉnh");
        group.getCell(1).setCellValue(1600);
        group.getCell(2).setCellValue(1412);
      }
      return bytes(book);
    }
  }

  /**
   * A broken file: unit A's points above the max 30, unit B's missing, a row of an unknown unit and
   * unit A's row again; the Excel rows of these four problems are unit A's, unit B's and the two
   * after them.
   */
  byte[] broken() throws Exception {
    try (Workbook book = template()) {
      Sheet sheet = book.getSheet(RESULTS);
      row(sheet, f.unitA).createCell(2).setCellValue(31);
      int last = sheet.getLastRowNum();
      Row unknown = sheet.createRow(last + 1);
      unknown.createCell(0).setCellValue(987654321);
      unknown.createCell(1).setCellValue("UBND xã Không Có");
      unknown.createCell(2).setCellValue(10);
      Row twice = sheet.createRow(last + 2);
      twice.createCell(0).setCellValue(f.unitA);
      twice.createCell(2).setCellValue(12);
      return bytes(book);
    }
  }

  /** The Excel row number of a unit in the template. */
  int row(long unit) throws Exception {
    try (Workbook book = template()) {
      return row(book.getSheet(RESULTS), unit).getRowNum() + 1;
    }
  }

  private static Row row(Sheet sheet, long unit) {
    for (Row row : sheet) {
      if (row.getRowNum() > 4
          && row.getCell(0) != null
          && row.getCell(0).getNumericCellValue() == unit) {
        return row;
      }
    }
    throw new AssertionError("no row for unit " + unit);
  }

  private static byte[] bytes(Workbook book) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    book.write(out);
    return out.toByteArray();
  }
}
