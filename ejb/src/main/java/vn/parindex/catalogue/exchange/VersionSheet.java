package vn.parindex.catalogue.exchange;

import java.time.LocalDate;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import vn.parindex.catalogue.BandScale;
import vn.parindex.catalogue.ClassificationBand;
import vn.parindex.catalogue.IndexVersion;

/**
 * The "Phiên bản" sheet: what the issuing decision says, as label/value rows with a word of
 * guidance beside each, then the table of classification bands (Xếp loại | Điểm từ). Rows are found
 * by their labels, so an administrator may reorder them or add notes between them.
 */
final class VersionSheet {
  static final String NAME = "Phiên bản";
  static final String BAND_LABEL = "Xếp loại";
  static final String BAND_MIN = "Điểm từ";
  static final String BAND_MIN_PERCENT = "Từ (% tổng điểm)";

  private static final int LABEL = 0;
  private static final int VALUE = 1;
  private static final int GUIDANCE = 2;
  private static final List<String> TEMPLATE_BANDS = List.of("Tốt", "Khá", "Trung bình", "Yếu");

  private VersionSheet() {}

  static void write(Workbook workbook, WorkbookStyles styles, IndexVersion version) {
    Map<VersionField, Object> values = new EnumMap<>(VersionField.class);
    values.put(VersionField.NAME, version.name());
    values.put(VersionField.UNIT_LEVEL, version.unitLevel());
    values.put(VersionField.YEAR, version.year());
    values.put(VersionField.DECISION_NUMBER, version.decision().number());
    values.put(VersionField.DECISION_DATE, version.decision().date());
    values.put(VersionField.ISSUER, version.decision().issuer());
    values.put(VersionField.TOTAL_MAX, version.totalMax().toBigDecimal());
    values.put(VersionField.SELF_ASSESSED_MAX, version.selfAssessedMax().toBigDecimal());
    values.put(VersionField.SURVEY_MAX, version.surveyMax().toBigDecimal());
    values.put(VersionField.ILLUSTRATIVE, version.illustrative() ? "x" : null);
    values.put(VersionField.TOTAL_BOUNDED, version.totalBounded() ? "x" : "không");
    values.put(VersionField.BAND_SCALE, Vocabulary.label(version.bandScale()));
    write(workbook, styles, values, version.bands(), version.bandScale());
  }

  /** The sheet with its labels and guidance, values left for the administrator. */
  static void writeTemplate(Workbook workbook, WorkbookStyles styles) {
    List<ClassificationBand> bands =
        TEMPLATE_BANDS.stream().map(label -> new ClassificationBand(label, null)).toList();
    write(workbook, styles, new EnumMap<>(VersionField.class), bands, BandScale.POINTS);
  }

  private static void write(
      Workbook workbook,
      WorkbookStyles styles,
      Map<VersionField, Object> values,
      List<ClassificationBand> bands,
      BandScale scale) {
    Sheet sheet = workbook.createSheet(NAME);
    sheet.setColumnWidth(LABEL, 24 * 256);
    sheet.setColumnWidth(VALUE, 50 * 256);
    sheet.setColumnWidth(GUIDANCE, 60 * 256);
    Row header = sheet.createRow(0);
    RowWriter.put(header, LABEL, "Thông tin", styles.header);
    RowWriter.put(header, VALUE, "Giá trị", styles.header);
    RowWriter.put(header, GUIDANCE, "Hướng dẫn", styles.header);
    sheet.createFreezePane(0, 1);
    int index = 1;
    for (VersionField field : VersionField.values()) {
      Row row = sheet.createRow(index++);
      Object value = values.get(field);
      RowWriter.put(row, LABEL, field.label(), styles.label);
      RowWriter.put(row, VALUE, value, value instanceof LocalDate ? styles.date : styles.text);
      RowWriter.put(row, GUIDANCE, field.guidance(), styles.guidance);
      RowWriter.fitHeight(row);
    }
    index++;
    Row bandHeader = sheet.createRow(index++);
    RowWriter.put(bandHeader, LABEL, BAND_LABEL, styles.header);
    RowWriter.put(
        bandHeader, VALUE, scale == BandScale.PERCENT ? BAND_MIN_PERCENT : BAND_MIN, styles.header);
    RowWriter.put(
        bandHeader,
        GUIDANCE,
        "Tổng điểm (hoặc phần trăm tổng điểm tối đa, nếu xếp loại tính theo %) thấp nhất để đạt"
            + " xếp loại, từ cao xuống thấp; bảng kết thúc ở dòng trống",
        styles.guidance);
    for (ClassificationBand band : bands) {
      Row row = sheet.createRow(index++);
      RowWriter.put(row, LABEL, band.label(), styles.text);
      RowWriter.put(row, VALUE, band.minTotal(), styles.number);
    }
  }

  /** Reads the header and the bands into a new draft; a missing sheet gives a stand-in draft. */
  static DraftVersion read(Sheet sheet, ImportProblems problems) {
    if (sheet == null) {
      problems.add(CellRef.sheet(NAME), "import.sheet.missing", NAME);
      DraftVersion draft = new DraftVersion(problems, field -> CellRef.sheet(NAME));
      draft.noHeader();
      return draft;
    }
    String name = sheet.getSheetName();
    Map<VersionField, Integer> rows = new EnumMap<>(VersionField.class);
    Map<VersionField, String> values = new EnumMap<>(VersionField.class);
    Integer bandHeader = null;
    for (Row row : sheet) {
      String label = CellText.of(row.getCell(LABEL));
      if (label == null) {
        continue;
      }
      if (Vocabulary.matches(label, BAND_LABEL)) {
        bandHeader = row.getRowNum();
        break;
      }
      for (VersionField field : VersionField.values()) {
        if (!rows.containsKey(field) && Vocabulary.matches(label, field.label())) {
          rows.put(field, row.getRowNum() + 1);
          values.put(field, CellText.of(row.getCell(VALUE)));
        }
      }
    }
    Function<VersionField, CellRef> at =
        field ->
            field == null
                ? CellRef.sheet(name)
                : new CellRef(name, rows.getOrDefault(field, 0), field.label());
    DraftVersion draft = new DraftVersion(problems, at);
    draft.header(values);
    readBands(sheet, bandHeader, draft, problems);
    return draft;
  }

  /** The bands: the rows under their header, down to the first empty one. */
  private static void readBands(
      Sheet sheet, Integer header, DraftVersion draft, ImportProblems problems) {
    String name = sheet.getSheetName();
    if (header == null) {
      problems.add(new CellRef(name, 0, BAND_LABEL), "import.header.missing", BAND_LABEL);
      return;
    }
    for (int index = header + 1; index <= sheet.getLastRowNum(); index++) {
      Row row = sheet.getRow(index);
      String label = row == null ? null : CellText.of(row.getCell(LABEL));
      String min = row == null ? null : CellText.of(row.getCell(VALUE));
      if (label == null && min == null) {
        return;
      }
      draft.band(
          label,
          min,
          new CellRef(name, index + 1, BAND_LABEL),
          new CellRef(name, index + 1, BAND_MIN));
    }
  }
}
