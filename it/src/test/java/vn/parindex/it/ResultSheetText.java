package vn.parindex.it;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * A unit's result sheet as a reader finds it: the PDF's text, and the XLSX's cells, where each
 * column header is one cell (in the PDF, narrow headers side by side interleave their words).
 */
record ResultSheetText(String pdf, List<String> labels, List<BigDecimal> totals) {

  static ResultSheetText of(Api caller, long assessment) throws Exception {
    HttpResponse<byte[]> pdf = caller.download("assessments/" + assessment + "/result-sheet.pdf");
    assertEquals(200, pdf.statusCode());
    HttpResponse<byte[]> xlsx = caller.download("assessments/" + assessment + "/result-sheet.xlsx");
    assertEquals(200, xlsx.statusCode());
    List<String> labels = new ArrayList<>();
    List<BigDecimal> totals = new ArrayList<>();
    try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(xlsx.body()))) {
      for (Row row : book.getSheetAt(0)) {
        boolean total = false;
        List<BigDecimal> numbers = new ArrayList<>();
        for (Cell cell : row) {
          if (cell.getCellType() == CellType.STRING) {
            String text = cell.getStringCellValue().replaceAll("\\s+", " ").strip();
            labels.add(text);
            total |= text.equals("Tổng cộng");
          } else if (cell.getCellType() == CellType.NUMERIC) {
            numbers.add(BigDecimal.valueOf(cell.getNumericCellValue()).stripTrailingZeros());
          }
        }
        if (total) {
          totals.addAll(numbers);
        }
      }
    }
    return new ResultSheetText(SelfAssessmentReportIT.text(pdf.body()), labels, totals);
  }
}
