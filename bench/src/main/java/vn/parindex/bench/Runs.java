package vn.parindex.bench;

import java.util.Arrays;
import java.util.concurrent.Callable;

/**
 * Times two ways of doing the same work: both are warmed up first (for a number of runs and at
 * least {@link #WARM_UP_NANOS}, as a server that has been serving for a while is warm), then
 * measured in alternation, so that neither profits from running after the other has warmed the JIT,
 * the caches or the database; each gets the median of its measured runs.
 */
final class Runs {
  private static final long WARM_UP_NANOS = 3_000_000_000L;

  private final int warmUp;
  private final int measured;

  Runs(int warmUp, int measured) {
    this.warmUp = warmUp;
    this.measured = measured;
  }

  /** Median milliseconds of the application's way and of the baseline. */
  record Medians(double application, double baseline) {}

  Medians compare(Callable<?> application, Callable<?> baseline) throws Exception {
    long start = System.nanoTime();
    for (int i = 0; i < warmUp || System.nanoTime() - start < WARM_UP_NANOS; i++) {
      keep(application.call());
      keep(baseline.call());
    }
    long[] first = new long[measured];
    long[] second = new long[measured];
    for (int i = 0; i < measured; i++) {
      first[i] = time(application);
      second[i] = time(baseline);
    }
    return new Medians(median(first), median(second));
  }

  /** Median milliseconds of one piece of work, after its warm-up. */
  double medianMillis(Callable<?> work) throws Exception {
    long start = System.nanoTime();
    for (int i = 0; i < warmUp || System.nanoTime() - start < WARM_UP_NANOS; i++) {
      keep(work.call());
    }
    long[] nanos = new long[measured];
    for (int i = 0; i < measured; i++) {
      nanos[i] = time(work);
    }
    return median(nanos);
  }

  private static long time(Callable<?> work) throws Exception {
    long start = System.nanoTime();
    Object result = work.call();
    long elapsed = System.nanoTime() - start;
    keep(result);
    return elapsed;
  }

  /** The work's result is checked, so that it cannot be optimised away. */
  private static void keep(Object result) {
    if (result == null) {
      throw new IllegalStateException("The measured work returned nothing");
    }
  }

  private static double median(long[] nanos) {
    long[] sorted = nanos.clone();
    Arrays.sort(sorted);
    int n = sorted.length;
    long middle = n % 2 == 1 ? sorted[n / 2] : (sorted[n / 2 - 1] + sorted[n / 2]) / 2;
    return middle / 1_000_000.0;
  }
}
