package vn.parindex.operations;

import io.micrometer.core.instrument.MeterRegistry;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.Locale;

/**
 * The application's meters in the server's Micrometer registry (served at {@code /metrics} on the
 * management port): business counters, and the API's request timings per endpoint.
 */
@ApplicationScoped
public class ActivityCounters {
  // the registry WildFly's micrometer subsystem adds as a bean to every CDI deployment
  @Inject private MeterRegistry registry;

  /** Counts a business step once its transaction has committed: a rolled-back save is no save. */
  void committed(@Observes(during = TransactionPhase.AFTER_SUCCESS) Activity activity) {
    count(activity);
  }

  /** Counts a step at once, whatever the transaction does (refusals roll it back). */
  public void count(Activity activity) {
    // the registry's own methods: a builder's register() asks for MeterRegistry.Config, which
    // WildFly's application registry refuses (WFLYMMTREXT0015) and the meter never shows
    registry
        .counter(activity.meter(), "kind", activity.name().toLowerCase(Locale.ROOT))
        .increment();
  }

  /**
   * Records one API request: count, total and largest time. No percentiles: they need HdrHistogram,
   * which the server's io.micrometer module does not have (NoClassDefFoundError).
   *
   * @param endpoint the resource method's path template, e.g. {@code assessments/{id}/criteria}
   */
  public void request(String httpMethod, String endpoint, int status, Duration took) {
    registry
        .timer(
            "parindex.api.requests",
            "method",
            httpMethod,
            "endpoint",
            endpoint,
            "status",
            Integer.toString(status))
        .record(took);
  }
}
