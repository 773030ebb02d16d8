package vn.parindex.catalogue.exchange;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static vn.parindex.catalogue.exchange.VersionAssertions.assertSameVersion;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import org.junit.jupiter.api.Test;
import vn.parindex.catalogue.BandScale;
import vn.parindex.catalogue.IndexVersion;
import vn.parindex.scoring.CriterionCode;

/** What the workbook exports, it imports unchanged. */
class IndexWorkbookRoundTripTest {

  /**
   * The demo, with what the YAML file does not have: evidence guidance and the illustrative mark.
   */
  private static IndexVersion demo() {
    IndexVersion version = Fixtures.demoIndex();
    version.markIllustrative();
    version
        .node(CriterionCode.of("1.1"))
        .orElseThrow()
        .describeEvidence("Kế hoạch CCHC năm 2023; văn bản gửi Sở Nội vụ");
    version
        .node(CriterionCode.of("5.4"))
        .orElseThrow()
        .describeEvidence("Quyết định bổ nhiệm, điều động\nBiên bản kiểm tra");
    return version;
  }

  @Test
  void importsTheDemoIndexItExportedUnchanged() {
    IndexVersion original = demo();

    IndexVersion imported = Fixtures.importWorkbook(Fixtures.exported(original));

    assertSameVersion(original, imported);
    assertTrue(imported.isDraft());
    assertTrue(imported.problems().isEmpty(), () -> imported.problems().toString());
  }

  @Test
  void importsAVersionBandedInPercentAndUnboundedAsItExportedIt() {
    IndexVersion original = demo();
    original.bandBy(BandScale.PERCENT);
    original.boundTotal(false);

    IndexVersion imported = Fixtures.importWorkbook(Fixtures.exported(original));

    assertSameVersion(original, imported);
    assertEquals(BandScale.PERCENT, imported.bandScale());
  }

  @Test
  void exportsAWorkbookExcelOpensWithAFrozenBoldHeaderAndARealDate() throws IOException {
    IndexVersion original = demo();
    Path file = Path.of("target", "demo-index.xlsx");
    Files.createDirectories(file.getParent());
    Files.write(file, Fixtures.exported(original));

    try (InputStream in = Files.newInputStream(file);
        Workbook workbook = WorkbookFactory.create(in)) {
      Sheet nodes = workbook.getSheet(NodeSheet.NAME);
      Row header = nodes.getRow(0);
      assertEquals("Mã", header.getCell(0).getStringCellValue());
      assertEquals("Tham số", header.getCell(NodeField.PARAMETERS.ordinal()).getStringCellValue());
      assertTrue(workbook.getFontAt(header.getCell(0).getCellStyle().getFontIndex()).getBold());
      assertNotNull(nodes.getPaneInformation());
      assertTrue(nodes.getPaneInformation().isFreezePane());
      assertEquals(original.nodes().size() + 2, nodes.getPhysicalNumberOfRows());
      assertTrue(nodes.getColumnWidth(NodeField.NAME.ordinal()) >= 50 * 256);
      Row ratioTiers = nodes.getRow(4); // 1.2, after the header, the guidance and area 1
      assertEquals("1.2", ratioTiers.getCell(0).getStringCellValue());
      assertEquals(
          "when_none=zero; tiers=1:2, 0.8:1, 0:0",
          ratioTiers.getCell(NodeField.PARAMETERS.ordinal()).getStringCellValue());
      assertTrue(ratioTiers.getCell(NodeField.NAME.ordinal()).getCellStyle().getWrapText());

      Sheet version = workbook.getSheet(VersionSheet.NAME);
      Cell date = version.getRow(1 + VersionField.DECISION_DATE.ordinal()).getCell(1);
      assertEquals(CellType.NUMERIC, date.getCellType());
      assertTrue(DateUtil.isCellDateFormatted(date));
      assertEquals(LocalDate.of(2023, 9, 21), date.getLocalDateTimeCellValue().toLocalDate());
    }
  }

  @Test
  void readsNumbersTypedAsTextWithADecimalCommaAndADateTypedAsText() {
    IndexVersion original = demo();
    Workbook workbook = Fixtures.open(Fixtures.exported(original));
    Sheet nodes = workbook.getSheet(NodeSheet.NAME);
    Row area1 = nodes.getRow(2);
    area1.getCell(NodeField.MAX_POINTS.ordinal()).setCellValue("13,0");
    Row criterion12 = nodes.getRow(4);
    criterion12
        .getCell(NodeField.PARAMETERS.ordinal())
        .setCellValue("when_none = zero, tiers = 1:2, 0,8:1, 0:0");
    Sheet version = workbook.getSheet(VersionSheet.NAME);
    version.getRow(1 + VersionField.DECISION_DATE.ordinal()).getCell(1).setCellValue("21/09/2023");
    version.getRow(1 + VersionField.YEAR.ordinal()).getCell(1).setCellValue("2023");

    IndexVersion imported = Fixtures.importWorkbook(Fixtures.bytes(workbook));

    assertSameVersion(original, imported);
  }

  @Test
  void importsTheTemplateOnceFilledIn() {
    Workbook workbook = Fixtures.open(Fixtures.template());
    Sheet version = workbook.getSheet(VersionSheet.NAME);
    Object[] values = {
      "Bộ chỉ số thử",
      "commune",
      2024,
      "12/QĐ-UBND",
      "02/01/2024",
      "UBND tỉnh",
      2,
      2,
      0,
      null,
      null,
      null
    };
    for (VersionField field : VersionField.values()) {
      Object value = values[field.ordinal()];
      Cell cell = version.getRow(1 + field.ordinal()).getCell(1);
      if (value instanceof Integer number) {
        cell.setCellValue(number);
      } else if (value != null) {
        cell.setCellValue(value.toString());
      }
    }
    int bandHeader = 2 + VersionField.values().length;
    version.getRow(bandHeader + 1).getCell(1).setCellValue(1.5);
    version.getRow(bandHeader + 2).getCell(1).setCellValue(1);
    version.getRow(bandHeader + 3).getCell(1).setCellValue(0.5);
    version.getRow(bandHeader + 4).getCell(1).setCellValue(0);
    Sheet nodes = workbook.getSheet(NodeSheet.NAME);
    Row component = nodes.createRow(4);
    String[] cells = {
      "1.2", "Tiêu chí", "Tự chấm", "1", "", "manual", "step=0.5", "31/03/N", "", "x"
    };
    for (int i = 0; i < cells.length; i++) {
      component.createCell(i).setCellValue(cells[i]);
    }
    nodes.getRow(2).getCell(NodeField.MAX_POINTS.ordinal()).setCellValue(2);

    IndexVersion imported = Fixtures.importWorkbook(Fixtures.bytes(workbook));

    assertEquals(3, imported.nodes().size());
    assertEquals(LocalDate.of(2024, 1, 2), imported.decision().date());
    assertEquals("Khá", imported.bands().get(1).label());
    assertTrue(imported.node(CriterionCode.of("1.2")).orElseThrow().nameInferred());
    assertEquals(
        "31/03/N",
        imported.node(CriterionCode.of("1.2")).orElseThrow().dueDate().orElseThrow().toString());
    assertEquals(
        "15/12/N-1",
        imported.node(CriterionCode.of("1.1")).orElseThrow().dueDate().orElseThrow().toString(),
        "the template's example row");
    assertFalse(imported.illustrative());
  }
}
