package vn.parindex.evidence;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.file.Path;
import java.util.Map;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.Test;

/** Where evidence is kept and how large it may be: property, then environment, then default. */
class EvidenceSettingsTest {
  private static final UnaryOperator<String> NONE = key -> null;

  private static UnaryOperator<String> of(Map<String, String> values) {
    return values::get;
  }

  @Test
  void defaultsToTheServersDataDirectoryAndTwentyMegabytes() {
    EvidenceSettings settings =
        EvidenceSettings.resolve(of(Map.of("jboss.server.data.dir", "/srv/wildfly/data")), NONE);

    assertEquals(Path.of("/srv/wildfly/data/evidence"), settings.directory());
    assertEquals(20L * 1024 * 1024, settings.maxBytes());
  }

  @Test
  void theEnvironmentOverridesTheDefault() {
    EvidenceSettings settings =
        EvidenceSettings.resolve(
            of(Map.of("jboss.server.data.dir", "/srv/wildfly/data")),
            of(
                Map.of(
                    "PARINDEX_EVIDENCE_DIR",
                    "/var/lib/parindex",
                    "PARINDEX_EVIDENCE_MAX_BYTES",
                    "1000")));

    assertEquals(Path.of("/var/lib/parindex"), settings.directory());
    assertEquals(1000, settings.maxBytes());
  }

  @Test
  void aSystemPropertyOverridesTheEnvironment() {
    EvidenceSettings settings =
        EvidenceSettings.resolve(
            of(
                Map.of(
                    "parindex.evidence.dir",
                    "/data/evidence",
                    "parindex.evidence.maxBytes",
                    " 5 ")),
            of(
                Map.of(
                    "PARINDEX_EVIDENCE_DIR",
                    "/var/lib/parindex",
                    "PARINDEX_EVIDENCE_MAX_BYTES",
                    "1000")));

    assertEquals(Path.of("/data/evidence"), settings.directory());
    assertEquals(5, settings.maxBytes());
  }

  @Test
  void refusesASizeThatIsNoNumberOrNotPositive() {
    UnaryOperator<String> dir = of(Map.of("parindex.evidence.dir", "/data"));

    assertThrows(
        IllegalStateException.class,
        () -> EvidenceSettings.resolve(dir, of(Map.of("PARINDEX_EVIDENCE_MAX_BYTES", "20MB"))));
    assertThrows(
        IllegalArgumentException.class,
        () -> EvidenceSettings.resolve(dir, of(Map.of("PARINDEX_EVIDENCE_MAX_BYTES", "0"))));
  }

  @Test
  void needsSomeDirectory() {
    assertThrows(IllegalStateException.class, () -> EvidenceSettings.resolve(NONE, NONE));
  }
}
