package vn.parindex.catalogue.exchange;

import java.math.BigDecimal;
import java.time.LocalDate;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;

/** Writes values into the cells of a row, numbers and dates as real ones, not as text. */
final class RowWriter {
  /** The height of one line of 11-point text, in points. */
  private static final float LINE_HEIGHT = 15f;

  private RowWriter() {}

  static Cell put(Row row, int column, Object value, CellStyle style) {
    Cell cell = row.createCell(column);
    cell.setCellStyle(style);
    if (value == null) {
      cell.setBlank();
    } else if (value instanceof BigDecimal number) {
      cell.setCellValue(number.doubleValue());
    } else if (value instanceof Integer number) {
      cell.setCellValue(number);
    } else if (value instanceof LocalDate date) {
      cell.setCellValue(date);
    } else {
      cell.setCellValue(value.toString());
    }
    return cell;
  }

  /**
   * Makes the row tall enough for its wrapped text. Excel does not size rows by itself when it
   * opens a file, so without this a long criterion name would show as one cut line.
   */
  static void fitHeight(Row row) {
    Sheet sheet = row.getSheet();
    int lines = 1;
    for (Cell cell : row) {
      String text = CellText.of(cell);
      if (text == null) {
        continue;
      }
      // A character is about one 256th of the width unit; keep one character for the margins.
      int perLine = Math.max(1, sheet.getColumnWidth(cell.getColumnIndex()) / 256 - 1);
      int cellLines = 0;
      for (String paragraph : text.split("\n", -1)) {
        cellLines += Math.max(1, (paragraph.length() + perLine - 1) / perLine);
      }
      lines = Math.max(lines, cellLines);
    }
    row.setHeightInPoints(lines * LINE_HEIGHT);
  }
}
