package vn.parindex.survey;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.DataValidation;
import org.apache.poi.ss.usermodel.DataValidationConstraint;
import org.apache.poi.ss.usermodel.DataValidationHelper;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.VerticalAlignment;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.ss.util.CellRangeAddressList;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import vn.parindex.kernel.Refusal;
import vn.parindex.kernel.Refusal.Detail;
import vn.parindex.scoring.Points;

/**
 * The survey workbook of a block: the template the Sở Nội vụ hands to the survey operator, and the
 * reading of the filled file. Sheet "Kết quả điều tra" has a row per unit (its id in column A, its
 * exact name in B) and a column per survey criterion (its code in the header row, its name and max
 * below); sheet "Thông tin phiếu" takes the forms sent and returned per respondent group.
 *
 * <p>Reading finds every problem before giving up, each at its row and column, so the operator
 * corrects the file in one pass.
 */
final class SurveyWorkbook {
  static final String RESULTS = "Kết quả điều tra";
  static final String FORMS = "Thông tin phiếu";
  static final String UNIT_ID = "Mã đơn vị";
  static final String UNIT_NAME = "Tên đơn vị";
  static final String GROUP = "Nhóm đối tượng khảo sát";

  /** Rows searched for the header: a few rows may be added above it without harm. */
  private static final int HEADER_SEARCH = 20;

  private static final int FIRST_CRITERION = 2;
  private static final int FORM_LINES = 8;
  private static final int MAX_FORM_GROUPS = 50;

  // -------------------------------------------------------------------------------------------
  // the template

  byte[] write(SurveyLayout layout) {
    try (XSSFWorkbook workbook = new XSSFWorkbook()) {
      Styles styles = new Styles(workbook);
      writeResults(workbook.createSheet(RESULTS), layout, styles);
      writeForms(workbook.createSheet(FORMS), styles);
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      workbook.write(out);
      return out.toByteArray();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static void writeResults(Sheet sheet, SurveyLayout layout, Styles styles) {
    int lastColumn = FIRST_CRITERION + Math.max(layout.criteria().size(), 1) - 1;
    title(
        sheet, 0, "KẾT QUẢ ĐIỀU TRA XÃ HỘI HỌC – " + layout.blockName(), styles.title, lastColumn);
    title(
        sheet,
        1,
        layout.campaignName() + " · " + layout.versionName(),
        styles.subtitle,
        lastColumn);
    title(
        sheet,
        2,
        "Nhập điểm của mỗi đơn vị cho từng tiêu chí, từ 0 đến điểm tối đa (dấu phẩy hoặc dấu chấm"
            + " thập phân, tối đa 2 chữ số). Không sửa cột \""
            + UNIT_ID
            + "\" và hàng mã tiêu chí.",
        styles.guidance,
        lastColumn);
    sheet.getRow(2).setHeightInPoints(32);

    Row codes = sheet.createRow(3);
    Row names = sheet.createRow(4);
    names.setHeightInPoints(60);
    cell(codes, 0, UNIT_ID, styles.header);
    cell(codes, 1, UNIT_NAME, styles.header);
    cell(names, 0, "", styles.header);
    cell(names, 1, "", styles.header);
    sheet.addMergedRegion(new CellRangeAddress(3, 4, 0, 0));
    sheet.addMergedRegion(new CellRangeAddress(3, 4, 1, 1));
    int column = FIRST_CRITERION;
    for (SurveyLayout.SurveyColumn criterion : layout.criteria()) {
      cell(codes, column, criterion.code(), styles.header);
      cell(
          names,
          column,
          criterion.name() + "\n(tối đa " + vietnamese(criterion.max()) + ")",
          styles.headerName);
      sheet.setColumnWidth(column, 18 * 256);
      column++;
    }
    sheet.setColumnWidth(0, 11 * 256);
    sheet.setColumnWidth(1, 42 * 256);

    int rowIndex = 5;
    for (SurveyLayout.UnitLine unit : layout.units()) {
      Row row = sheet.createRow(rowIndex++);
      Cell id = row.createCell(0);
      id.setCellValue(unit.unitId());
      id.setCellStyle(styles.id);
      cell(row, 1, unit.name(), styles.text);
      for (int c = FIRST_CRITERION; c < FIRST_CRITERION + layout.criteria().size(); c++) {
        row.createCell(c).setCellStyle(styles.points);
      }
    }
    if (!layout.units().isEmpty()) {
      validatePoints(sheet, layout, 5, rowIndex - 1);
    }
    sheet.createFreezePane(FIRST_CRITERION, 5);
  }

  /** Excel itself refuses a value outside 0..max as it is typed; the import checks again. */
  private static void validatePoints(Sheet sheet, SurveyLayout layout, int first, int last) {
    DataValidationHelper helper = sheet.getDataValidationHelper();
    int column = FIRST_CRITERION;
    for (SurveyLayout.SurveyColumn criterion : layout.criteria()) {
      DataValidationConstraint between =
          helper.createDecimalConstraint(
              DataValidationConstraint.OperatorType.BETWEEN,
              "0",
              criterion.max().toBigDecimal().toPlainString());
      DataValidation validation =
          helper.createValidation(between, new CellRangeAddressList(first, last, column, column));
      validation.setShowErrorBox(true);
      validation.createErrorBox(
          criterion.code(), "Điểm từ 0 đến " + vietnamese(criterion.max()) + ".");
      sheet.addValidationData(validation);
      column++;
    }
  }

  private static void writeForms(Sheet sheet, Styles styles) {
    title(sheet, 0, "THÔNG TIN PHIẾU ĐIỀU TRA (không bắt buộc)", styles.title, 2);
    title(
        sheet,
        1,
        "Mỗi dòng một nhóm đối tượng: số phiếu phát ra và số phiếu thu về. Thêm dòng nếu cần.",
        styles.guidance,
        2);
    Row header = sheet.createRow(2);
    cell(header, 0, GROUP, styles.header);
    cell(header, 1, "Số phiếu phát ra", styles.header);
    cell(header, 2, "Số phiếu thu về", styles.header);
    for (int r = 3; r < 3 + FORM_LINES; r++) {
      Row row = sheet.createRow(r);
      row.createCell(0).setCellStyle(styles.text);
      row.createCell(1).setCellStyle(styles.count);
      row.createCell(2).setCellStyle(styles.count);
    }
    DataValidationHelper helper = sheet.getDataValidationHelper();
    DataValidation counts =
        helper.createValidation(
            helper.createIntegerConstraint(
                DataValidationConstraint.OperatorType.GREATER_OR_EQUAL, "0", null),
            new CellRangeAddressList(3, 3 + MAX_FORM_GROUPS, 1, 2));
    counts.setShowErrorBox(true);
    sheet.addValidationData(counts);
    sheet.setColumnWidth(0, 44 * 256);
    sheet.setColumnWidth(1, 18 * 256);
    sheet.setColumnWidth(2, 18 * 256);
  }

  private static void title(Sheet sheet, int index, String text, CellStyle style, int lastColumn) {
    Row row = sheet.createRow(index);
    cell(row, 0, text, style);
    if (lastColumn > 0) {
      sheet.addMergedRegion(new CellRangeAddress(index, index, 0, lastColumn));
    }
  }

  private static void cell(Row row, int column, String text, CellStyle style) {
    Cell cell = row.createCell(column);
    cell.setCellValue(text);
    cell.setCellStyle(style);
  }

  /** Points as a Vietnamese reader writes them: 2,00. */
  static String vietnamese(Points points) {
    return new DecimalFormat("0.00", DecimalFormatSymbols.getInstance(Locale.forLanguageTag("vi")))
        .format(points.toBigDecimal());
  }

  /** The few shared cell styles: Excel allows a limited number per workbook. */
  private static final class Styles {
    final CellStyle title;
    final CellStyle subtitle;
    final CellStyle guidance;
    final CellStyle header;
    final CellStyle headerName;
    final CellStyle id;
    final CellStyle text;
    final CellStyle points;
    final CellStyle count;

    Styles(Workbook workbook) {
      Font bold = workbook.createFont();
      bold.setBold(true);
      Font big = workbook.createFont();
      big.setBold(true);
      big.setFontHeightInPoints((short) 13);
      Font italic = workbook.createFont();
      italic.setItalic(true);
      italic.setColor(IndexedColors.GREY_80_PERCENT.getIndex());
      title = workbook.createCellStyle();
      title.setFont(big);
      subtitle = workbook.createCellStyle();
      subtitle.setFont(bold);
      guidance = workbook.createCellStyle();
      guidance.setFont(italic);
      guidance.setWrapText(true);
      guidance.setVerticalAlignment(VerticalAlignment.TOP);
      header = bordered(workbook);
      header.setFont(bold);
      header.setFillForegroundColor(IndexedColors.GREY_25_PERCENT.getIndex());
      header.setFillPattern(FillPatternType.SOLID_FOREGROUND);
      headerName = bordered(workbook);
      headerName.setFillForegroundColor(IndexedColors.GREY_25_PERCENT.getIndex());
      headerName.setFillPattern(FillPatternType.SOLID_FOREGROUND);
      id = bordered(workbook);
      id.setFillForegroundColor(IndexedColors.GREY_25_PERCENT.getIndex());
      id.setFillPattern(FillPatternType.SOLID_FOREGROUND);
      text = bordered(workbook);
      points = bordered(workbook);
      points.setDataFormat(workbook.createDataFormat().getFormat("0.00"));
      points.setFillForegroundColor(IndexedColors.LIGHT_YELLOW.getIndex());
      points.setFillPattern(FillPatternType.SOLID_FOREGROUND);
      count = bordered(workbook);
      count.setDataFormat(workbook.createDataFormat().getFormat("0"));
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

  // -------------------------------------------------------------------------------------------
  // reading a filled file

  /**
   * Reads a filled file against the block's layout.
   *
   * @throws Refusal {@code survey.import.notXlsx} when the file is no XLSX workbook at all
   * @throws SurveyFileRefused listing every problem, when there is any
   */
  SurveySheet read(byte[] content, SurveyLayout layout) {
    Workbook workbook = open(content);
    try (workbook) {
      Reading reading = new Reading(layout);
      Sheet results = workbook.getSheet(RESULTS);
      if (results == null) {
        results = workbook.getNumberOfSheets() > 0 ? workbook.getSheetAt(0) : null;
      }
      List<SurveySheet.UnitPoints> units = results == null ? List.of() : reading.results(results);
      Sheet formsSheet = workbook.getSheet(FORMS);
      List<SurveySheet.Forms> forms = formsSheet == null ? List.of() : reading.forms(formsSheet);
      if (!reading.problems.isEmpty()) {
        throw new SurveyFileRefused(reading.problems);
      }
      return new SurveySheet(units, forms);
    } catch (IOException closing) {
      throw new UncheckedIOException(closing);
    }
  }

  private static Workbook open(byte[] content) {
    if (content == null || content.length == 0) {
      throw Refusal.invalid("file", "survey.import.notXlsx");
    }
    try {
      return new XSSFWorkbook(new ByteArrayInputStream(content));
    } catch (IOException | RuntimeException unreadable) {
      // POI tells a foreign file by many exceptions (not a zip, an old .xls, no workbook part):
      // to the user they all mean the same thing
      throw Refusal.invalid("file", "survey.import.notXlsx");
    }
  }

  /** One reading of a file: its problems gathered as they are found. */
  private static final class Reading {
    private final SurveyLayout layout;
    private final List<Detail> problems = new ArrayList<>();

    Reading(SurveyLayout layout) {
      this.layout = layout;
    }

    List<SurveySheet.UnitPoints> results(Sheet sheet) {
      String name = sheet.getSheetName();
      int header = headerRow(sheet);
      if (header < 0) {
        problems.add(Detail.onCell(name, null, null, "survey.import.noHeader", name, UNIT_ID));
        return List.of();
      }
      Map<Integer, SurveyLayout.SurveyColumn> columns = columns(sheet, header);
      List<SurveySheet.UnitPoints> units = new ArrayList<>();
      Map<Long, Integer> seen = new HashMap<>();
      for (int r = header + 2; r <= sheet.getLastRowNum(); r++) {
        Row row = sheet.getRow(r);
        if (blank(row, columns)) {
          continue;
        }
        String at = String.valueOf(r + 1);
        Optional<SurveyLayout.UnitLine> unit = unit(row, at, name);
        if (unit.isEmpty()) {
          continue;
        }
        Integer first = seen.putIfAbsent(unit.get().unitId(), r + 1);
        if (first != null) {
          problems.add(
              onCell(
                  name,
                  r + 1,
                  "A",
                  "survey.import.duplicateUnit",
                  at,
                  unit.get().name(),
                  String.valueOf(first)));
          continue;
        }
        if (unit.get().assessmentId() == null) {
          problems.add(
              onCell(name, r + 1, "B", "survey.import.noAssessment", at, unit.get().name()));
        }
        Map<String, Points> points = new LinkedHashMap<>();
        columns.forEach(
            (column, criterion) ->
                points(row, column, criterion, at, name)
                    .ifPresent(p -> points.put(criterion.code(), p)));
        units.add(new SurveySheet.UnitPoints(unit.get(), r + 1, points));
      }
      for (SurveyLayout.UnitLine unit : layout.units()) {
        if (!seen.containsKey(unit.unitId())) {
          problems.add(Detail.onCell(name, null, null, "survey.import.unitAbsent", unit.name()));
        }
      }
      return units;
    }

    private int headerRow(Sheet sheet) {
      for (int r = 0; r <= Math.min(HEADER_SEARCH, sheet.getLastRowNum()); r++) {
        String first = SurveyCells.text(sheet.getRow(r), 0);
        if (first != null && SurveyCells.spaced(first).equalsIgnoreCase(UNIT_ID)) {
          return r;
        }
      }
      return -1;
    }

    /** The criterion of each column of the header row; every unknown or repeated one a problem. */
    private Map<Integer, SurveyLayout.SurveyColumn> columns(Sheet sheet, int header) {
      String name = sheet.getSheetName();
      Row row = sheet.getRow(header);
      Map<Integer, SurveyLayout.SurveyColumn> columns = new LinkedHashMap<>();
      Map<String, Integer> seen = new HashMap<>();
      String at = String.valueOf(header + 1);
      for (int c = FIRST_CRITERION; c < Math.max(row.getLastCellNum(), FIRST_CRITERION); c++) {
        String code = SurveyCells.text(row, c);
        if (code == null) {
          continue;
        }
        String letter = SurveyCells.letter(c);
        Optional<SurveyLayout.SurveyColumn> criterion = layout.criterion(code);
        if (criterion.isEmpty()) {
          problems.add(
              onCell(
                  name,
                  header + 1,
                  letter,
                  "survey.import.unknownCriterion",
                  at,
                  letter,
                  SurveyCells.shown(code)));
        } else if (seen.putIfAbsent(code, c) != null) {
          problems.add(
              onCell(
                  name,
                  header + 1,
                  letter,
                  "survey.import.duplicateCriterion",
                  at,
                  letter,
                  code,
                  SurveyCells.letter(seen.get(code))));
        } else {
          columns.put(c, criterion.get());
        }
      }
      for (SurveyLayout.SurveyColumn criterion : layout.criteria()) {
        if (!seen.containsKey(criterion.code())) {
          problems.add(
              onCell(
                  name,
                  header + 1,
                  null,
                  "survey.import.missingCriterion",
                  at,
                  criterion.code(),
                  criterion.name()));
        }
      }
      return columns;
    }

    private static boolean blank(Row row, Map<Integer, SurveyLayout.SurveyColumn> columns) {
      if (row == null) {
        return true;
      }
      if (SurveyCells.text(row, 0) != null || SurveyCells.text(row, 1) != null) {
        return false;
      }
      return columns.keySet().stream().allMatch(c -> SurveyCells.text(row, c) == null);
    }

    /** The unit of a row: by its id, which must agree with the name; by its exact name without. */
    private Optional<SurveyLayout.UnitLine> unit(Row row, String at, String sheet) {
      int r = row.getRowNum() + 1;
      String idText = SurveyCells.text(row, 0);
      String nameText = SurveyCells.text(row, 1);
      if (idText != null) {
        Optional<SurveyLayout.UnitLine> unit = SurveyCells.whole(idText).flatMap(layout::unit);
        if (unit.isEmpty()) {
          problems.add(
              onCell(sheet, r, "A", "survey.import.unknownUnitId", at, SurveyCells.shown(idText)));
        } else if (nameText != null
            && !SurveyCells.spaced(nameText).equals(SurveyCells.spaced(unit.get().name()))) {
          problems.add(
              onCell(
                  sheet,
                  r,
                  "B",
                  "survey.import.unitMismatch",
                  at,
                  idText,
                  unit.get().name(),
                  SurveyCells.shown(nameText)));
          return Optional.empty();
        }
        return unit;
      }
      Optional<SurveyLayout.UnitLine> unit =
          nameText == null ? Optional.empty() : layout.unitNamed(nameText);
      if (unit.isEmpty()) {
        problems.add(
            onCell(
                sheet,
                r,
                "B",
                "survey.import.unknownUnit",
                at,
                nameText == null ? "" : SurveyCells.shown(nameText)));
      }
      return unit;
    }

    private Optional<Points> points(
        Row row, int column, SurveyLayout.SurveyColumn criterion, String at, String sheet) {
      int r = row.getRowNum() + 1;
      String letter = SurveyCells.letter(column);
      String where = letter + " (" + criterion.code() + ")";
      String text = SurveyCells.text(row, column);
      if (text == null) {
        problems.add(onCell(sheet, r, letter, "survey.import.missing", at, where));
        return Optional.empty();
      }
      Optional<BigDecimal> value = SurveyCells.decimal(text);
      if (value.isEmpty()) {
        problems.add(
            onCell(
                sheet, r, letter, "survey.import.notNumber", at, where, SurveyCells.shown(text)));
        return Optional.empty();
      }
      BigDecimal points = value.get();
      if (points.signum() < 0 || points.compareTo(criterion.max().toBigDecimal()) > 0) {
        problems.add(
            onCell(
                sheet,
                r,
                letter,
                "survey.import.range",
                at,
                where,
                text,
                vietnamese(criterion.max())));
        return Optional.empty();
      }
      if (points.stripTrailingZeros().scale() > 2) {
        problems.add(onCell(sheet, r, letter, "survey.import.scale", at, where, text));
        return Optional.empty();
      }
      return Optional.of(Points.of(points));
    }

    List<SurveySheet.Forms> forms(Sheet sheet) {
      String name = sheet.getSheetName();
      int header = -1;
      for (int r = 0; r <= Math.min(HEADER_SEARCH, sheet.getLastRowNum()); r++) {
        String first = SurveyCells.text(sheet.getRow(r), 0);
        if (first != null && SurveyCells.spaced(first).equalsIgnoreCase(GROUP)) {
          header = r;
          break;
        }
      }
      if (header < 0) {
        return List.of();
      }
      List<SurveySheet.Forms> forms = new ArrayList<>();
      for (int r = header + 1; r <= sheet.getLastRowNum(); r++) {
        Row row = sheet.getRow(r);
        String group = SurveyCells.text(row, 0);
        String sentText = SurveyCells.text(row, 1);
        String returnedText = SurveyCells.text(row, 2);
        if (group == null && sentText == null && returnedText == null) {
          continue;
        }
        String at = String.valueOf(r + 1);
        int before = problems.size();
        if (group == null) {
          problems.add(onCell(name, r + 1, "A", "survey.import.forms.group", at));
        } else if (group.length() > vn.parindex.survey.RespondentGroup.NAME_LENGTH) {
          problems.add(
              onCell(
                  name,
                  r + 1,
                  "A",
                  "survey.import.forms.groupLong",
                  at,
                  vn.parindex.survey.RespondentGroup.NAME_LENGTH));
        }
        Integer sent = count(sentText, name, r + 1, "B");
        Integer returned = count(returnedText, name, r + 1, "C");
        if (sent != null && returned != null && returned > sent) {
          problems.add(onCell(name, r + 1, "C", "survey.import.forms.moreReturned", at));
        }
        if (problems.size() == before) {
          forms.add(new SurveySheet.Forms(group, sent, returned));
        }
      }
      if (forms.size() > MAX_FORM_GROUPS) {
        problems.add(
            Detail.onCell(name, null, null, "survey.import.forms.tooMany", MAX_FORM_GROUPS));
      }
      return forms;
    }

    private Integer count(String text, String sheet, int row, String letter) {
      if (text == null) {
        return null;
      }
      Optional<Long> whole = SurveyCells.whole(text).filter(n -> n >= 0 && n <= Integer.MAX_VALUE);
      if (whole.isEmpty()) {
        problems.add(
            onCell(
                sheet,
                row,
                letter,
                "survey.import.forms.count",
                String.valueOf(row),
                letter,
                SurveyCells.shown(text)));
        return null;
      }
      return whole.get().intValue();
    }

    private static Detail onCell(
        String sheet, int row, String column, String key, Object... arguments) {
      return Detail.onCell(sheet, row, column, key, arguments);
    }
  }
}
