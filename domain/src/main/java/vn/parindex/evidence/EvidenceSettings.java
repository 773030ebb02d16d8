package vn.parindex.evidence;

import java.nio.file.Path;
import java.util.function.UnaryOperator;

/**
 * Where evidence files are kept and how large one may be, from configuration.
 *
 * <ul>
 *   <li>Directory: system property {@value #DIR_PROPERTY}, else environment variable {@value
 *       #DIR_ENV}, else {@code evidence} in the server's data directory ({@code
 *       jboss.server.data.dir}). Never inside the web application.
 *   <li>Largest file in bytes: system property {@value #MAX_BYTES_PROPERTY}, else environment
 *       variable {@value #MAX_BYTES_ENV}, else 20 MB (20 × 1,048,576 bytes).
 * </ul>
 *
 * @param directory where the files are, named by their SHA-256
 * @param maxBytes the largest file accepted
 */
public record EvidenceSettings(Path directory, long maxBytes) {
  public static final String DIR_PROPERTY = "parindex.evidence.dir";
  public static final String DIR_ENV = "PARINDEX_EVIDENCE_DIR";
  public static final String MAX_BYTES_PROPERTY = "parindex.evidence.maxBytes";
  public static final String MAX_BYTES_ENV = "PARINDEX_EVIDENCE_MAX_BYTES";
  public static final String SERVER_DATA_DIR_PROPERTY = "jboss.server.data.dir";
  public static final long DEFAULT_MAX_BYTES = 20L * 1024 * 1024;

  public EvidenceSettings {
    if (maxBytes <= 0) {
      throw new IllegalArgumentException("The largest evidence file must be at least one byte");
    }
    directory = directory.toAbsolutePath().normalize();
  }

  /** The settings of the running server. */
  public static EvidenceSettings fromEnvironment() {
    return resolve(System::getProperty, System::getenv);
  }

  /**
   * The settings from these sources.
   *
   * @throws IllegalStateException when no directory can be found or the size is not a number
   */
  static EvidenceSettings resolve(UnaryOperator<String> properties, UnaryOperator<String> env) {
    String dir = firstSet(properties.apply(DIR_PROPERTY), env.apply(DIR_ENV));
    Path directory;
    if (dir != null) {
      directory = Path.of(dir);
    } else {
      String data = properties.apply(SERVER_DATA_DIR_PROPERTY);
      if (data == null || data.isBlank()) {
        throw new IllegalStateException(
            "No directory for evidence files: set " + DIR_PROPERTY + " or " + DIR_ENV);
      }
      directory = Path.of(data, "evidence");
    }
    String max = firstSet(properties.apply(MAX_BYTES_PROPERTY), env.apply(MAX_BYTES_ENV));
    long maxBytes;
    try {
      maxBytes = max == null ? DEFAULT_MAX_BYTES : Long.parseLong(max.strip());
    } catch (NumberFormatException e) {
      throw new IllegalStateException(
          MAX_BYTES_PROPERTY + " / " + MAX_BYTES_ENV + " is not a number of bytes: " + max, e);
    }
    return new EvidenceSettings(directory, maxBytes);
  }

  private static String firstSet(String a, String b) {
    if (a != null && !a.isBlank()) {
      return a.strip();
    }
    return b == null || b.isBlank() ? null : b.strip();
  }
}
