package vn.parindex.operations;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.function.UnaryOperator;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.HealthCheckResponseBuilder;
import org.eclipse.microprofile.health.Readiness;
import vn.parindex.evidence.EvidenceSettings;

/**
 * Readiness check {@value #NAME}: the evidence directory exists, is writable and keeps at least
 * {@value #MIN_FREE_PROPERTY} (else {@value #MIN_FREE_ENV}, else 1 GiB) bytes free.
 */
@Readiness
@ApplicationScoped
public class EvidenceDirectoryReadiness implements HealthCheck {
  public static final String NAME = "parindex-evidence-directory";
  public static final String MIN_FREE_PROPERTY = "parindex.evidence.minFreeBytes";
  public static final String MIN_FREE_ENV = "PARINDEX_EVIDENCE_MIN_FREE_BYTES";
  static final long DEFAULT_MIN_FREE_BYTES = 1L << 30;

  @Override
  public HealthCheckResponse call() {
    HealthCheckResponseBuilder response = HealthCheckResponse.named(NAME);
    EvidenceSettings settings;
    long minFree;
    try {
      settings = EvidenceSettings.fromEnvironment();
      minFree = minFreeBytes(System::getProperty, System::getenv);
    } catch (IllegalStateException e) {
      return response.down().withData("reason", e.getMessage()).build();
    }
    EvidenceDirectoryState state = EvidenceDirectoryState.of(settings.directory(), minFree);
    response
        .status(state.ready())
        .withData("directory", state.directory().toString())
        .withData("freeBytes", state.freeBytes())
        .withData("minFreeBytes", state.minFreeBytes());
    if (!state.ready()) {
      response.withData("reason", state.reason());
    }
    return response.build();
  }

  static long minFreeBytes(UnaryOperator<String> properties, UnaryOperator<String> env) {
    String value = properties.apply(MIN_FREE_PROPERTY);
    if (value == null || value.isBlank()) {
      value = env.apply(MIN_FREE_ENV);
    }
    if (value == null || value.isBlank()) {
      return DEFAULT_MIN_FREE_BYTES;
    }
    try {
      return Long.parseLong(value.strip());
    } catch (NumberFormatException e) {
      throw new IllegalStateException(
          MIN_FREE_PROPERTY + " / " + MIN_FREE_ENV + " is not a number of bytes: " + value, e);
    }
  }
}
