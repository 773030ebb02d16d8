package vn.parindex.evidence;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.logging.Logger;
import java.util.zip.ZipEntry;
import java.util.zip.ZipException;
import java.util.zip.ZipFile;
import java.util.zip.ZipInputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The evidence bundle as written: the scorecard, every file under its criterion, and a checksum
 * list that matches; a file changed after the check breaks the archive instead of slipping in.
 */
class EvidenceBundleTest {
  private static final byte[] SCORECARD = "%PDF-1.7 scorecard".getBytes(StandardCharsets.US_ASCII);
  private static final byte[] REPORT = "%PDF-1.4 báo cáo".getBytes(StandardCharsets.UTF_8);
  private static final byte[] PLAN = "%PDF-1.4 kế hoạch".getBytes(StandardCharsets.UTF_8);

  @TempDir Path root;

  @Test
  void writesTheScorecardEveryFileAndTheirChecksums() throws IOException {
    EvidenceStore store = new EvidenceStore(root);
    String report = store.put(REPORT);
    String plan = store.put(PLAN);
    EvidenceBundle bundle =
        new EvidenceBundle(
            SCORECARD,
            List.of(
                new EvidenceBundle.Entry("2.1/15-BC-TP_Báo cáo.pdf", 1, report, report),
                new EvidenceBundle.Entry("2.3/15-BC-TP_Báo cáo.pdf", 1, report, report),
                new EvidenceBundle.Entry("2.3/2-KH_ke-hoach.pdf", 2, plan, plan)),
            store,
            Logger.getAnonymousLogger());
    ByteArrayOutputStream out = new ByteArrayOutputStream();

    bundle.writeTo(out);

    Map<String, byte[]> zip = entries(out.toByteArray());
    assertEquals(
        List.of(
            "bang-diem.pdf",
            "2.1/15-BC-TP_Báo cáo.pdf",
            "2.3/15-BC-TP_Báo cáo.pdf",
            "2.3/2-KH_ke-hoach.pdf",
            "SHA256SUMS.txt"),
        List.copyOf(zip.keySet()));
    assertArrayEquals(SCORECARD, zip.get("bang-diem.pdf"));
    assertArrayEquals(REPORT, zip.get("2.3/15-BC-TP_Báo cáo.pdf"));
    String sums = new String(zip.get("SHA256SUMS.txt"), StandardCharsets.UTF_8);
    assertEquals(
        UploadedFile.sha256(SCORECARD)
            + "  bang-diem.pdf\n"
            + report
            + "  2.1/15-BC-TP_Báo cáo.pdf\n"
            + report
            + "  2.3/15-BC-TP_Báo cáo.pdf\n"
            + plan
            + "  2.3/2-KH_ke-hoach.pdf\n",
        sums);
  }

  @Test
  void aFileChangedAfterTheCheckStopsTheArchiveBeforeItsDirectory() throws IOException {
    EvidenceStore store = new EvidenceStore(root);
    String key = store.put(REPORT);
    Files.write(root.resolve(key), PLAN);
    EvidenceBundle bundle =
        new EvidenceBundle(
            SCORECARD,
            List.of(new EvidenceBundle.Entry("2.1/a.pdf", 7, key, key)),
            store,
            Logger.getAnonymousLogger());
    ByteArrayOutputStream out = new ByteArrayOutputStream();

    IOException stopped = assertThrows(IOException.class, () -> bundle.writeTo(out));

    assertTrue(stopped.getMessage().contains("Evidence 7"), stopped.getMessage());
    assertThrows(ZipException.class, () -> new ZipFile(write(out).toFile()).close());
  }

  private Path write(ByteArrayOutputStream out) throws IOException {
    Path file = root.resolve("broken.zip");
    Files.write(file, out.toByteArray());
    return file;
  }

  private static Map<String, byte[]> entries(byte[] zip) throws IOException {
    Map<String, byte[]> entries = new LinkedHashMap<>();
    try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip))) {
      for (ZipEntry e = in.getNextEntry(); e != null; e = in.getNextEntry()) {
        entries.put(e.getName(), in.readAllBytes());
      }
    }
    return entries;
  }
}
