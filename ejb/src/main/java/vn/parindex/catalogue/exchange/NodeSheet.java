package vn.parindex.catalogue.exchange;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.DataValidation;
import org.apache.poi.ss.usermodel.DataValidationHelper;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.util.CellRangeAddressList;
import vn.parindex.catalogue.Criterion;
import vn.parindex.catalogue.DueDate;
import vn.parindex.catalogue.NodeKind;
import vn.parindex.scoring.RuleType;

/**
 * The "Tiêu chí" sheet: one row per node in tree order, under a bold frozen header and a row of
 * guidance that says how to fill in each column. Columns are found by their header, so an
 * administrator may reorder them; the guidance row and empty rows are skipped.
 */
final class NodeSheet {
  static final String NAME = "Tiêu chí";

  /** More rows than any index has, far fewer than would strain the server reading them. */
  static final int MAX_ROWS = 2000;

  /** How the guidance row starts, so that reading knows to skip it. */
  static final String GUIDANCE_MARK = "Hướng dẫn";

  /** The header is looked for in the first rows only, where an administrator would keep it. */
  private static final int HEADER_SEARCH = 10;

  private NodeSheet() {}

  static void write(Workbook workbook, WorkbookStyles styles, List<Criterion> nodes) {
    Sheet sheet = start(workbook, styles);
    int index = 2;
    for (Criterion node : nodes) {
      writeRow(sheet.createRow(index++), styles, valuesOf(node), node.kind() == NodeKind.AREA);
    }
  }

  /** The sheet with an area and one of its criteria, to show how rows are filled in. */
  static void writeExample(Workbook workbook, WorkbookStyles styles) {
    Sheet sheet = start(workbook, styles);
    Map<NodeField, Object> area = new EnumMap<>(NodeField.class);
    area.put(NodeField.CODE, "1");
    area.put(NodeField.KIND, Vocabulary.AREA);
    area.put(NodeField.NAME, "Công tác chỉ đạo, điều hành cải cách hành chính");
    area.put(NodeField.MAX_POINTS, BigDecimal.ONE);
    area.put(NodeField.METHOD, Vocabulary.SELF_ASSESSED);
    writeRow(sheet.createRow(2), styles, area, true);
    Map<NodeField, Object> criterion = new EnumMap<>(NodeField.class);
    criterion.put(NodeField.CODE, "1.1");
    criterion.put(NodeField.KIND, Vocabulary.CRITERION);
    criterion.put(NodeField.NAME, "Kế hoạch công tác CCHC năm");
    criterion.put(NodeField.MAX_POINTS, BigDecimal.ONE);
    criterion.put(NodeField.METHOD, Vocabulary.SELF_ASSESSED);
    criterion.put(NodeField.RULE, RuleType.TIMELINESS.code());
    criterion.put(NodeField.PARAMETERS, "on_time=1; late=0.5");
    criterion.put(NodeField.DUE, "15/12/N-1");
    criterion.put(NodeField.EVIDENCE, "Kế hoạch CCHC năm đã ban hành, kèm văn bản gửi tỉnh");
    writeRow(sheet.createRow(3), styles, criterion, false);
  }

  private static Sheet start(Workbook workbook, WorkbookStyles styles) {
    Sheet sheet = workbook.createSheet(NAME);
    Row header = sheet.createRow(0);
    Row guidance = sheet.createRow(1);
    for (NodeField field : NodeField.values()) {
      sheet.setColumnWidth(field.ordinal(), field.width() * 256);
      RowWriter.put(header, field.ordinal(), field.label(), styles.header);
      RowWriter.put(guidance, field.ordinal(), field.guidance(), styles.guidance);
    }
    RowWriter.fitHeight(header);
    RowWriter.fitHeight(guidance);
    // The code column stays in view too when scrolling right to the parameters.
    sheet.createFreezePane(1, 1);
    offerChoices(
        sheet, NodeField.KIND, Vocabulary.AREA, Vocabulary.CRITERION, Vocabulary.COMPONENT);
    offerChoices(
        sheet,
        NodeField.METHOD,
        Vocabulary.SELF_ASSESSED,
        Vocabulary.SURVEY,
        Vocabulary.BONUS,
        Vocabulary.PENALTY);
    offerChoices(
        sheet,
        NodeField.RULE,
        Arrays.stream(RuleType.values()).map(RuleType::code).toArray(String[]::new));
    return sheet;
  }

  /**
   * A drop-down of the usual values. It only suggests: the codes (area, survey, ...) are accepted
   * too, so typing another value is not blocked.
   */
  private static void offerChoices(Sheet sheet, NodeField field, String... choices) {
    DataValidationHelper helper = sheet.getDataValidationHelper();
    CellRangeAddressList cells =
        new CellRangeAddressList(2, MAX_ROWS + 1, field.ordinal(), field.ordinal());
    DataValidation validation =
        helper.createValidation(helper.createExplicitListConstraint(choices), cells);
    // POI maps this onto OOXML's inverted showDropDown flag: true keeps the arrow visible.
    validation.setSuppressDropDownArrow(true);
    validation.setShowErrorBox(false);
    sheet.addValidationData(validation);
  }

  private static Map<NodeField, Object> valuesOf(Criterion node) {
    Map<NodeField, Object> values = new EnumMap<>(NodeField.class);
    values.put(NodeField.CODE, node.code().toString());
    values.put(NodeField.KIND, Vocabulary.label(node.kind()));
    values.put(NodeField.NAME, node.name());
    values.put(NodeField.MAX_POINTS, node.maxPoints().toBigDecimal());
    values.put(NodeField.METHOD, Vocabulary.label(node.method()));
    if (node.rule() != null && node.rule().type() != null) {
      values.put(NodeField.RULE, node.rule().type().code());
      values.put(NodeField.PARAMETERS, RuleParameters.format(node.rule(), node.tiers()));
    }
    values.put(NodeField.DUE, node.dueDate().map(DueDate::toString).orElse(null));
    values.put(NodeField.EVIDENCE, node.evidenceGuidance());
    values.put(NodeField.NAME_INFERRED, node.nameInferred() ? "x" : null);
    return values;
  }

  private static void writeRow(
      Row row, WorkbookStyles styles, Map<NodeField, Object> values, boolean area) {
    for (NodeField field : NodeField.values()) {
      Object value = values.get(field);
      RowWriter.put(row, field.ordinal(), value, styleOf(field, styles, area));
    }
    RowWriter.fitHeight(row);
  }

  private static CellStyle styleOf(NodeField field, WorkbookStyles styles, boolean area) {
    return switch (field) {
      case CODE -> area ? styles.areaCode : styles.code;
      case MAX_POINTS -> area ? styles.areaNumber : styles.number;
      default -> area ? styles.areaText : styles.text;
    };
  }

  /** Hands every row to the draft, or reports why the sheet cannot be read. */
  static void read(Sheet sheet, DraftVersion draft, ImportProblems problems) {
    if (sheet == null) {
      problems.add(CellRef.sheet(NAME), "import.sheet.missing", NAME);
      draft.rowsUnreadable();
      return;
    }
    String name = sheet.getSheetName();
    Row header = findHeader(sheet);
    if (header == null) {
      problems.add(CellRef.sheet(name), "import.header.notFound", NodeField.CODE.label());
      draft.rowsUnreadable();
      return;
    }
    Map<NodeField, Integer> columns = columns(header, problems);
    if (columns == null) {
      draft.rowsUnreadable();
      return;
    }
    List<Row> rows = new ArrayList<>();
    for (Row row : sheet) {
      if (row.getRowNum() > header.getRowNum() && !isSkipped(row, columns)) {
        rows.add(row);
      }
    }
    if (rows.size() > MAX_ROWS) {
      problems.add(CellRef.sheet(name), "import.nodes.tooMany", rows.size(), MAX_ROWS);
      draft.rowsUnreadable();
      return;
    }
    for (Row row : rows) {
      int number = row.getRowNum() + 1;
      NodeRow read = new NodeRow(row, columns);
      CellRef parametersAt = new CellRef(name, number, NodeField.PARAMETERS.label());
      draft.node(
          read.input(RuleParameters.split(read.text(NodeField.PARAMETERS), problems, parametersAt)),
          field -> new CellRef(name, number, field == null ? null : field.label()));
    }
  }

  private static Row findHeader(Sheet sheet) {
    for (int index = 0; index < HEADER_SEARCH; index++) {
      Row row = sheet.getRow(index);
      if (row != null) {
        for (Cell cell : row) {
          if (Vocabulary.matches(CellText.of(cell), NodeField.CODE.label())) {
            return row;
          }
        }
      }
    }
    return null;
  }

  /**
   * Where each column is, by its header label (or YAML key); null after reporting a missing one.
   */
  private static Map<NodeField, Integer> columns(Row header, ImportProblems problems) {
    Map<NodeField, Integer> columns = new EnumMap<>(NodeField.class);
    for (Cell cell : header) {
      String label = CellText.of(cell);
      for (NodeField field : NodeField.values()) {
        if (!columns.containsKey(field)
            && (Vocabulary.matches(label, field.label())
                || Vocabulary.matches(label, field.yamlKey()))) {
          columns.put(field, cell.getColumnIndex());
        }
      }
    }
    int before = problems.count();
    String sheet = header.getSheet().getSheetName();
    for (NodeField field : NodeField.values()) {
      if (field.requiredHeader() && !columns.containsKey(field)) {
        problems.add(
            new CellRef(sheet, header.getRowNum() + 1, field.label()),
            "import.header.missing",
            field.label());
      }
    }
    return problems.count() == before ? columns : null;
  }

  private static boolean isSkipped(Row row, Map<NodeField, Integer> columns) {
    NodeRow read = new NodeRow(row, columns);
    String code = read.text(NodeField.CODE);
    if (code != null && Vocabulary.key(code).startsWith(Vocabulary.key(GUIDANCE_MARK))) {
      return true;
    }
    return columns.keySet().stream().allMatch(field -> read.text(field) == null);
  }

  /** The cells of one row, by field. */
  private record NodeRow(Row row, Map<NodeField, Integer> columns) {

    String text(NodeField field) {
      Integer column = columns.get(field);
      return column == null ? null : CellText.of(row.getCell(column));
    }

    NodeInput input(Map<String, String> parameters) {
      return new NodeInput(
          text(NodeField.CODE),
          text(NodeField.KIND),
          text(NodeField.NAME),
          text(NodeField.MAX_POINTS),
          text(NodeField.METHOD),
          text(NodeField.RULE),
          parameters,
          text(NodeField.DUE),
          text(NodeField.EVIDENCE),
          text(NodeField.NAME_INFERRED));
    }
  }
}
