package vn.parindex.operations;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EvidenceDirectoryStateTest {
  @TempDir Path temp;

  @Test
  void aWritableDirectoryWithRoomIsReadyAndKeepsNoProbeFile() throws IOException {
    EvidenceDirectoryState state = EvidenceDirectoryState.of(temp, 1);
    assertTrue(state.ready(), state.reason());
    assertEquals("", state.reason());
    assertTrue(state.freeBytes() > 0);
    try (var files = Files.list(temp)) {
      assertEquals(0, files.count(), "the probe file is removed");
    }
  }

  @Test
  void aMissingDirectoryIsCreatedAsTheStoreWouldOnTheFirstUpload() {
    Path missing = temp.resolve("evidence/2026");
    assertTrue(EvidenceDirectoryState.of(missing, 1).ready());
    assertTrue(Files.isDirectory(missing));
  }

  @Test
  void aDirectoryThatCannotBeCreatedIsDownWithTheReason() throws IOException {
    // a path under a regular file: no permission trick, which root (the test machines) ignores
    Path file = Files.writeString(temp.resolve("not-a-directory"), "x");
    EvidenceDirectoryState state = EvidenceDirectoryState.of(file.resolve("evidence"), 1);
    assertFalse(state.ready());
    assertTrue(state.reason().startsWith("cannot be created"), state.reason());
  }

  @Test
  void aRegularFileInPlaceOfTheDirectoryIsDown() throws IOException {
    Path file = Files.writeString(temp.resolve("evidence"), "x");
    EvidenceDirectoryState state = EvidenceDirectoryState.of(file, 1);
    assertFalse(state.ready());
    assertTrue(state.reason().startsWith("cannot be created"), state.reason());
  }

  @Test
  void lessFreeSpaceThanTheThresholdIsDownWithBothFigures() {
    EvidenceDirectoryState state = EvidenceDirectoryState.of(temp, Long.MAX_VALUE);
    assertFalse(state.ready());
    assertTrue(state.reason().contains("is below " + Long.MAX_VALUE), state.reason());
    assertTrue(state.freeBytes() > 0);
  }

  @Test
  void theThresholdComesFromThePropertyThenTheEnvironmentThenOneGibibyte() {
    Map<String, String> none = Map.of();
    assertEquals(1L << 30, EvidenceDirectoryReadiness.minFreeBytes(none::get, none::get));
    Map<String, String> env = Map.of(EvidenceDirectoryReadiness.MIN_FREE_ENV, "2048");
    assertEquals(2048, EvidenceDirectoryReadiness.minFreeBytes(none::get, env::get));
    Map<String, String> property = Map.of(EvidenceDirectoryReadiness.MIN_FREE_PROPERTY, " 10 ");
    assertEquals(10, EvidenceDirectoryReadiness.minFreeBytes(property::get, env::get));
    Map<String, String> wrong = Map.of(EvidenceDirectoryReadiness.MIN_FREE_PROPERTY, "1 GB");
    assertThrows(
        IllegalStateException.class,
        () -> EvidenceDirectoryReadiness.minFreeBytes(wrong::get, env::get));
  }
}
