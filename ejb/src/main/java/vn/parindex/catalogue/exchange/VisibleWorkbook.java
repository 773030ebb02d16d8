package vn.parindex.catalogue.exchange;

import java.util.List;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.FormulaError;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.xssf.usermodel.XSSFCell;

/**
 * What the administrator sees in Excel is what is imported. Refused before any value is read, each
 * at its place:
 *
 * <ul>
 *   <li>a hidden sheet with content, and hidden rows and columns with content in the sheets read: a
 *       value nobody sees could slip into the index unreviewed (unhiding them, or deleting them, is
 *       one click);
 *   <li>a formula without the value Excel computed for it (a file written by a program that never
 *       calculates): it would read as 0 or as nothing;
 *   <li>an error value (#REF!, #DIV/0!...), which would be read as text.
 * </ul>
 *
 * A formula that has its computed value is read by that value, as Excel shows it.
 */
final class VisibleWorkbook {
  private VisibleWorkbook() {}

  /**
   * @param read the sheets the import reads (missing ones are null and skipped)
   * @return whether nothing was found
   */
  static boolean check(Workbook workbook, List<Sheet> read, ImportProblems problems) {
    int before = problems.count();
    for (int index = 0; index < workbook.getNumberOfSheets(); index++) {
      Sheet sheet = workbook.getSheetAt(index);
      boolean hidden = workbook.isSheetHidden(index) || workbook.isSheetVeryHidden(index);
      if (hidden && hasContent(sheet)) {
        problems.add(
            CellRef.sheet(sheet.getSheetName()), "import.sheet.hidden", sheet.getSheetName());
      } else if (read.contains(sheet)) {
        checkCells(sheet, problems);
      }
    }
    return problems.count() == before;
  }

  private static void checkCells(Sheet sheet, ImportProblems problems) {
    String name = sheet.getSheetName();
    boolean[] hiddenColumnReported = new boolean[16_384];
    for (Row row : sheet) {
      int number = row.getRowNum() + 1;
      boolean content = false;
      for (Cell cell : row) {
        if (cell.getCellType() == CellType.BLANK) {
          continue;
        }
        content = true;
        int column = cell.getColumnIndex();
        String letters = CellReference.convertNumToColString(column);
        if (sheet.isColumnHidden(column) && !hiddenColumnReported[column]) {
          hiddenColumnReported[column] = true;
          problems.add(new CellRef(name, 0, letters), "import.column.hidden", letters);
        }
        String address = letters + number;
        if (cell.getCellType() == CellType.FORMULA && !hasComputedValue(cell)) {
          problems.add(
              new CellRef(name, number, letters),
              "import.cell.formulaWithoutValue",
              address,
              cell.getCellFormula());
        } else if (isError(cell)) {
          problems.add(
              new CellRef(name, number, letters),
              "import.cell.error",
              address,
              FormulaError.forInt(cell.getErrorCellValue()).getString());
        }
      }
      if (content && row.getZeroHeight()) {
        problems.add(new CellRef(name, number, null), "import.row.hidden", number);
      }
    }
  }

  /**
   * Excel keeps the last computed value of a formula beside it; a generator may write none, or an
   * empty one (which reads as 0).
   */
  private static boolean hasComputedValue(Cell cell) {
    return !(cell instanceof XSSFCell xssf)
        || (xssf.getCTCell().isSetV() && !xssf.getCTCell().getV().isEmpty());
  }

  private static boolean isError(Cell cell) {
    CellType type = cell.getCellType();
    if (type == CellType.FORMULA) {
      type = cell.getCachedFormulaResultType();
    }
    return type == CellType.ERROR;
  }

  private static boolean hasContent(Sheet sheet) {
    for (Row row : sheet) {
      for (Cell cell : row) {
        if (cell.getCellType() != CellType.BLANK) {
          return true;
        }
      }
    }
    return false;
  }
}
