package vn.parindex.survey;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Optional;
import java.util.regex.Pattern;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.FormulaError;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.util.CellReference;

/**
 * Cells as the survey operator fills them: a number typed or a text such as {@code 1,5} with the
 * Vietnamese decimal comma; a formula by the value Excel computed for it.
 */
final class SurveyCells {
  private static final Pattern DECIMAL = Pattern.compile("[+-]?\\d+([.,]\\d+)?");

  private SurveyCells() {}

  /** The cell's text, or null for a missing or blank cell. */
  static String text(Row row, int column) {
    Cell cell = row == null ? null : row.getCell(column);
    if (cell == null) {
      return null;
    }
    CellType type = cell.getCellType();
    if (type == CellType.FORMULA) {
      type = cell.getCachedFormulaResultType();
    }
    String text =
        switch (type) {
          case STRING -> cell.getStringCellValue();
          case NUMERIC -> number(cell.getNumericCellValue());
          case BOOLEAN -> String.valueOf(cell.getBooleanCellValue());
          case ERROR -> FormulaError.forInt(cell.getErrorCellValue()).getString();
          default -> null;
        };
    return text == null || text.replace('\u00a0', ' ').isBlank() ? null : text.strip();
  }

  /**
   * A number as Excel holds it, without the binary noise of a computed value (0.1 + 0.2 is
   * 0.30000000000000004 in a double): ten places are more than any points need.
   */
  private static String number(double value) {
    if (!Double.isFinite(value)) {
      return Double.toString(value);
    }
    BigDecimal exact = BigDecimal.valueOf(value).setScale(10, RoundingMode.HALF_UP);
    BigDecimal plain = exact.stripTrailingZeros();
    return plain.scale() < 0 ? plain.setScale(0).toPlainString() : plain.toPlainString();
  }

  /** The decimal written, with a dot or a comma; empty when the text is not one. */
  static Optional<BigDecimal> decimal(String text) {
    if (text == null) {
      return Optional.empty();
    }
    String trimmed = text.replace('\u00a0', ' ').strip();
    if (!DECIMAL.matcher(trimmed).matches() || trimmed.length() > 20) {
      return Optional.empty();
    }
    return Optional.of(new BigDecimal(trimmed.replace(',', '.')));
  }

  /** A whole number such as a unit's id or a count of forms; empty when the text is not one. */
  static Optional<Long> whole(String text) {
    return decimal(text)
        .filter(
            d ->
                d.stripTrailingZeros().scale() <= 0
                    && d.abs().compareTo(BigDecimal.valueOf(1_000_000_000L)) < 0)
        .map(BigDecimal::longValue);
  }

  /** A name compared as people see it: runs of spaces are one space. */
  static String spaced(String name) {
    return name == null ? "" : name.replace('\u00a0', ' ').strip().replaceAll("\\s+", " ");
  }

  /** The column as Excel names it: A, B, ... AA. */
  static String letter(int column) {
    return CellReference.convertNumToColString(column);
  }

  /** A value as a message shows it: a 300-digit text is cut to its first characters. */
  static String shown(String text) {
    return text.length() <= 30 ? text : text.substring(0, 27) + "...";
  }
}
