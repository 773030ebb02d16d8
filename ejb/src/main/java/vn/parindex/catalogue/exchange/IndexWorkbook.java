package vn.parindex.catalogue.exchange;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.util.Arrays;
import org.apache.poi.openxml4j.exceptions.OLE2NotOfficeXmlFileException;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import vn.parindex.catalogue.IndexVersion;

/**
 * An index version as the Excel workbook (.xlsx) administrators exchange with the portal: a sheet
 * "Phiên bản" with what the issuing decision says and the classification bands, and a sheet "Tiêu
 * chí" with one row per area, criterion and component, each with its points and scoring rule.
 *
 * <p>What {@link #write} exports, {@link #read} imports unchanged, so that an administrator can
 * download a version, correct it in Excel and import it as a new draft. Reading refuses a file with
 * any problem as a whole, listing all of them with their sheet, row and column.
 *
 * <p>Neither method closes the stream it is given.
 */
public final class IndexWorkbook {
  public static final String CONTENT_TYPE =
      "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

  /** Writes any version, draft or published. */
  public void write(IndexVersion version, OutputStream out) {
    try (XSSFWorkbook workbook = new XSSFWorkbook()) {
      WorkbookStyles styles = new WorkbookStyles(workbook);
      VersionSheet.write(workbook, styles, version);
      NodeSheet.write(workbook, styles, version.nodes());
      workbook.write(out);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Writes an empty workbook to fill in: the headers, the guidance, and an example of rows. */
  public void writeTemplate(OutputStream out) {
    try (XSSFWorkbook workbook = new XSSFWorkbook()) {
      WorkbookStyles styles = new WorkbookStyles(workbook);
      VersionSheet.writeTemplate(workbook, styles);
      NodeSheet.writeExample(workbook, styles);
      workbook.write(out);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * Reads a workbook into a new draft version, never published, built through the domain API and
   * passing the checks a version must pass before publishing.
   *
   * @throws IndexImportException listing every problem, when the file is not a readable workbook,
   *     hides a sheet, row or column, has a formula without its value or an error value ({@link
   *     VisibleWorkbook}), lacks a sheet or column, has a wrong value anywhere, or fails the
   *     version's checks
   */
  public IndexVersion read(InputStream xlsx) throws IndexImportException {
    ImportProblems problems = new ImportProblems();
    Workbook workbook = open(xlsx, problems);
    if (workbook == null) {
      problems.throwIfAny();
    }
    try (workbook) {
      Sheet version = sheet(workbook, VersionSheet.NAME);
      Sheet nodes = sheet(workbook, NodeSheet.NAME);
      if (!VisibleWorkbook.check(workbook, Arrays.asList(version, nodes), problems)) {
        // nothing is read from a workbook that does not show what it holds
        problems.throwIfAny();
      }
      DraftVersion draft = VersionSheet.read(version, problems);
      NodeSheet.read(nodes, draft, problems);
      return draft.finish();
    } catch (IOException closing) {
      // Only closing can fail here, after everything was read into memory.
      throw new UncheckedIOException(closing);
    }
  }

  private static Workbook open(InputStream xlsx, ImportProblems problems) {
    try {
      return new XSSFWorkbook(xlsx);
    } catch (OLE2NotOfficeXmlFileException oldFormat) {
      problems.add(CellRef.sheet(null), "import.file.oldExcel");
    } catch (IOException | RuntimeException unreadable) {
      // POI tells a damaged or foreign file by many runtime exceptions (not a zip, no workbook
      // part, an empty stream...): to the administrator they all mean the same thing.
      problems.add(CellRef.sheet(null), "import.file.unreadable");
    }
    return null;
  }

  /** The sheet of that name, or one whose name differs only in case or spacing. */
  private static Sheet sheet(Workbook workbook, String name) {
    Sheet exact = workbook.getSheet(name);
    if (exact != null) {
      return exact;
    }
    for (Sheet sheet : workbook) {
      if (Vocabulary.matches(sheet.getSheetName(), name)) {
        return sheet;
      }
    }
    return null;
  }
}
