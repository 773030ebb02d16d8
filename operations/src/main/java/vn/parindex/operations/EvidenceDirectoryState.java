package vn.parindex.operations;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Whether the evidence directory can take another upload: it is there (created when missing, as the
 * store itself would on the first upload), a probe file can be written into it, and its file system
 * keeps at least the configured free space.
 *
 * @param directory the directory checked
 * @param ready whether an upload can be stored
 * @param reason why not, empty when ready
 * @param freeBytes the usable free space, -1 when unknown
 * @param minFreeBytes the least free space that counts as ready
 */
public record EvidenceDirectoryState(
    Path directory, boolean ready, String reason, long freeBytes, long minFreeBytes) {

  /** Checks the directory now. */
  public static EvidenceDirectoryState of(Path directory, long minFreeBytes) {
    try {
      Files.createDirectories(directory);
    } catch (IOException e) {
      return down(directory, "cannot be created: " + e, minFreeBytes);
    }
    try {
      // root passes every permission test, so only a real write tells whether uploads would work
      Path probe = Files.createTempFile(directory, ".ready-", ".tmp");
      Files.delete(probe);
    } catch (IOException e) {
      return down(directory, "is not writable: " + e, minFreeBytes);
    }
    long free;
    try {
      free = Files.getFileStore(directory).getUsableSpace();
    } catch (IOException e) {
      return down(directory, "free space unknown: " + e, minFreeBytes);
    }
    if (free < minFreeBytes) {
      return new EvidenceDirectoryState(
          directory,
          false,
          "free space " + free + " bytes is below " + minFreeBytes,
          free,
          minFreeBytes);
    }
    return new EvidenceDirectoryState(directory, true, "", free, minFreeBytes);
  }

  private static EvidenceDirectoryState down(Path directory, String why, long minFreeBytes) {
    return new EvidenceDirectoryState(directory, false, why, -1, minFreeBytes);
  }
}
