package vn.parindex.catalogue.exchange;

import java.math.BigDecimal;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.FormulaError;

/**
 * The text of a cell, whatever Excel made of what was typed: a number is spelled plainly ({@code
 * 1.5}, never {@code 1.5E0}), a date as dd/MM/yyyy, a formula by the value Excel last computed for
 * it ({@link VisibleWorkbook} has refused a formula without one). Reading everything as text lets
 * one set of checks serve the workbook and the YAML file alike.
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
      case NUMERIC -> number(cell);
      case BOOLEAN -> String.valueOf(cell.getBooleanCellValue());
      case ERROR -> FormulaError.forInt(cell.getErrorCellValue()).getString();
      default -> null;
    };
  }

  /**
   * A number as text. Excel never writes NaN or infinity, but a crafted file may: they come out as
   * Java spells them ("NaN", "Infinity"), which the readers then report as unreadable numbers.
   */
  private static String number(Cell cell) {
    double value = cell.getNumericCellValue();
    if (!Double.isFinite(value)) {
      return Double.toString(value);
    }
    if (DateUtil.isCellDateFormatted(cell)) {
      return cell.getLocalDateTimeCellValue().toLocalDate().format(ValueReader.DATE_FORMAT);
    }
    return DecimalText.format(BigDecimal.valueOf(value));
  }

  private static String blankToNull(String text) {
    return ValueReader.isBlank(text) ? null : text;
  }
}
