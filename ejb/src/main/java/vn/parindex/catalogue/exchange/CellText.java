package vn.parindex.catalogue.exchange;

import java.math.BigDecimal;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.FormulaError;

/**
 * The text of a cell, whatever Excel made of what was typed: a number is spelled plainly ({@code
 * 1.5}, never {@code 1.5E0}), a date as dd/MM/yyyy, a formula by its last computed value. Reading
 * everything as text lets one set of checks serve the workbook and the YAML file alike.
 */
final class CellText {
  private CellText() {}

  /** The cell's text, or null for a missing or blank cell. */
  static String of(Cell cell) {
    if (cell == null) {
      return null;
    }
    CellType type = cell.getCellType();
    if (type == CellType.FORMULA) {
      type = cell.getCachedFormulaResultType();
    }
    return switch (type) {
      case STRING -> blankToNull(cell.getStringCellValue());
      case NUMERIC ->
          DateUtil.isCellDateFormatted(cell)
              ? cell.getLocalDateTimeCellValue().toLocalDate().format(ValueReader.DATE_FORMAT)
              : DecimalText.format(BigDecimal.valueOf(cell.getNumericCellValue()));
      case BOOLEAN -> String.valueOf(cell.getBooleanCellValue());
      case ERROR -> FormulaError.forInt(cell.getErrorCellValue()).getString();
      default -> null;
    };
  }

  private static String blankToNull(String text) {
    return ValueReader.isBlank(text) ? null : text;
  }
}
