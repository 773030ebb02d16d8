package vn.parindex.evidence;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Files are kept under their SHA-256, written in one step, and never outside the directory. */
class EvidenceStoreTest {
  private static final byte[] PDF = "%PDF-1.4\n%%EOF\n".getBytes(StandardCharsets.US_ASCII);

  @TempDir Path root;

  private List<String> names(Path dir) throws IOException {
    try (Stream<Path> files = Files.list(dir)) {
      return files.map(p -> p.getFileName().toString()).sorted().toList();
    }
  }

  @Test
  void keepsAFileUnderItsSha256() throws IOException {
    Path dir = root.resolve("evidence");
    EvidenceStore store = new EvidenceStore(dir);

    String key = store.put(PDF);

    assertEquals(UploadedFile.sha256(PDF), key);
    assertEquals(List.of(key), names(dir));
    assertArrayEquals(PDF, Files.readAllBytes(dir.resolve(key)));
    assertArrayEquals(PDF, store.get(key).orElseThrow());
  }

  @Test
  void keepsTheSameContentOnce() throws IOException {
    EvidenceStore store = new EvidenceStore(root);

    String first = store.put(PDF);
    String second = store.put(PDF.clone());

    assertEquals(first, second);
    assertEquals(List.of(first), names(root));
  }

  @Test
  void aNewUploadRepairsADamagedFile() throws IOException {
    EvidenceStore store = new EvidenceStore(root);
    String key = store.put(PDF);
    Files.write(root.resolve(key), "tampered".getBytes(StandardCharsets.US_ASCII));

    store.put(PDF);

    assertArrayEquals(PDF, Files.readAllBytes(root.resolve(key)));
    assertEquals(List.of(key), names(root));
  }

  @Test
  void aMissingFileIsEmpty() {
    assertTrue(new EvidenceStore(root).get("0".repeat(64)).isEmpty());
  }

  @Test
  void onlyASha256IsAKey() {
    EvidenceStore store = new EvidenceStore(root);

    assertThrows(IllegalArgumentException.class, () -> store.get("../../etc/passwd"));
    assertThrows(IllegalArgumentException.class, () -> store.get("passwd.pdf"));
    assertThrows(IllegalArgumentException.class, () -> store.get("A".repeat(64)));
    assertThrows(IllegalArgumentException.class, () -> store.get(null));
  }
}
