package vn.parindex.catalogue.exchange;

import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.ss.usermodel.VerticalAlignment;
import org.apache.poi.ss.usermodel.Workbook;

/**
 * The few cell styles of the exchange workbook, made once per workbook: Excel allows a limited
 * number of styles, so they are shared rather than made per cell.
 */
final class WorkbookStyles {
  final CellStyle header;
  final CellStyle guidance;
  final CellStyle text;
  final CellStyle code;
  final CellStyle number;
  final CellStyle date;
  final CellStyle label;

  /** Area rows are bold, so that the tree reads at a glance. */
  final CellStyle areaText;

  final CellStyle areaCode;
  final CellStyle areaNumber;

  WorkbookStyles(Workbook workbook) {
    Font bold = workbook.createFont();
    bold.setBold(true);
    Font italic = workbook.createFont();
    italic.setItalic(true);
    italic.setColor(IndexedColors.GREY_80_PERCENT.getIndex());
    short textFormat = workbook.createDataFormat().getFormat("@");

    header = bordered(workbook);
    header.setFont(bold);
    header.setVerticalAlignment(VerticalAlignment.CENTER);
    header.setFillForegroundColor(IndexedColors.GREY_25_PERCENT.getIndex());
    header.setFillPattern(FillPatternType.SOLID_FOREGROUND);
    guidance = bordered(workbook);
    guidance.setFont(italic);
    guidance.setFillForegroundColor(IndexedColors.LIGHT_YELLOW.getIndex());
    guidance.setFillPattern(FillPatternType.SOLID_FOREGROUND);
    text = bordered(workbook);
    // Text format keeps Excel from turning a code such as 1.10 into the number 1.1 or a date.
    code = bordered(workbook);
    code.setDataFormat(textFormat);
    number = bordered(workbook);
    date = bordered(workbook);
    date.setDataFormat(workbook.createDataFormat().getFormat("dd/mm/yyyy"));
    label = bordered(workbook);
    label.setFont(bold);
    areaText = bordered(workbook);
    areaText.setFont(bold);
    areaCode = bordered(workbook);
    areaCode.setFont(bold);
    areaCode.setDataFormat(textFormat);
    areaNumber = bordered(workbook);
    areaNumber.setFont(bold);
  }

  private static CellStyle bordered(Workbook workbook) {
    CellStyle style = workbook.createCellStyle();
    style.setWrapText(true);
    style.setVerticalAlignment(VerticalAlignment.TOP);
    style.setBorderTop(BorderStyle.THIN);
    style.setBorderBottom(BorderStyle.THIN);
    style.setBorderLeft(BorderStyle.THIN);
    style.setBorderRight(BorderStyle.THIN);
    return style;
  }
}
