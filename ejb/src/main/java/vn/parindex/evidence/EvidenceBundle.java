package vn.parindex.evidence;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.security.DigestOutputStream;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.logging.Logger;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/**
 * The evidence bundle of an assessment, ready to be streamed as one ZIP: the unit's scorecard PDF
 * ({@value #SCORECARD}), every linked evidence file under its criterion's code, and {@value #SUMS}
 * in the format of {@code sha256sum} listing every other entry. Prepared (and every file checked)
 * by {@link EvidenceBundleService#prepare} inside the transaction; written afterwards, as the HTTP
 * response is sent, one block at a time: neither the ZIP nor a whole evidence file is held in
 * memory.
 *
 * <p>Each file is hashed again as it is copied into the ZIP. Should a file change after the check
 * (between preparing and writing), the write stops with an {@link IOException} and a logged error
 * before the ZIP's central directory is written: the client is left with a broken archive that no
 * tool opens, never with a complete-looking bundle holding a changed document.
 */
public final class EvidenceBundle {
  public static final String SCORECARD = "bang-diem.pdf";
  public static final String SUMS = "SHA256SUMS.txt";

  private static final int BUFFER = 64 * 1024;

  /**
   * One evidence file of the bundle.
   *
   * @param path where it goes in the ZIP: {@code <criterion code>/<number>_<file name>}
   * @param evidenceId the document, for the log
   * @param storageKey where the store keeps it
   * @param sha256 the SHA-256 recorded at upload
   */
  public record Entry(String path, long evidenceId, String storageKey, String sha256) {}

  private final byte[] scorecard;
  private final List<Entry> entries;
  private final EvidenceStore store;
  private final Logger log;

  EvidenceBundle(byte[] scorecard, List<Entry> entries, EvidenceStore store, Logger log) {
    this.scorecard = scorecard.clone();
    this.entries = List.copyOf(entries);
    this.store = store;
    this.log = log;
  }

  /** The evidence files, in the order they are written. */
  public List<Entry> entries() {
    return entries;
  }

  /**
   * Writes the ZIP to {@code out}, which is left open.
   *
   * @throws IOException when writing fails, or when a file no longer matches its SHA-256 (logged)
   */
  public void writeTo(OutputStream out) throws IOException {
    ZipOutputStream zip = new ZipOutputStream(out, StandardCharsets.UTF_8);
    List<String> sums = new ArrayList<>();
    zip.putNextEntry(new ZipEntry(SCORECARD));
    DigestOutputStream scorecardOut = new DigestOutputStream(zip, EvidenceStore.sha256());
    scorecardOut.write(scorecard);
    zip.closeEntry();
    sums.add(line(scorecardOut.getMessageDigest(), SCORECARD));
    byte[] buffer = new byte[BUFFER];
    for (Entry entry : entries) {
      zip.putNextEntry(new ZipEntry(entry.path()));
      MessageDigest digest = EvidenceStore.sha256();
      try (InputStream in = store.open(entry.storageKey())) {
        for (int n = in.read(buffer); n >= 0; n = in.read(buffer)) {
          digest.update(buffer, 0, n);
          zip.write(buffer, 0, n);
        }
      }
      String actual = HexFormat.of().formatHex(digest.digest());
      if (!actual.equals(entry.sha256())) {
        log.severe(
            () ->
                "Evidence bundle aborted: evidence "
                    + entry.evidenceId()
                    + " ("
                    + entry.path()
                    + ") has SHA-256 "
                    + actual
                    + " while being written, uploaded with "
                    + entry.sha256()
                    + ": changed after the check");
        throw new IOException("Evidence " + entry.evidenceId() + " changed while being bundled");
      }
      zip.closeEntry();
      sums.add(actual + "  " + entry.path());
    }
    zip.putNextEntry(new ZipEntry(SUMS));
    zip.write((String.join("\n", sums) + "\n").getBytes(StandardCharsets.UTF_8));
    zip.closeEntry();
    zip.finish();
    zip.flush();
  }

  private static String line(MessageDigest digest, String path) {
    return HexFormat.of().formatHex(digest.digest()) + "  " + path;
  }
}
