package vn.parindex.bench;

import java.util.Arrays;
import java.util.concurrent.Callable;

/** Times a piece of work: some unmeasured warm-up runs, then the median of the measured ones. */
final class Runs {
  private final int warmUp;
  private final int measured;

  Runs(int warmUp, int measured) {
    this.warmUp = warmUp;
    this.measured = measured;
  }

  /** The median duration in milliseconds; the work's result is kept so it cannot be skipped. */
  double medianMillis(Callable<?> work) throws Exception {
    Object sink = null;
    for (int i = 0; i < warmUp; i++) {
      sink = work.call();
    }
    long[] nanos = new long[measured];
    for (int i = 0; i < measured; i++) {
      long start = System.nanoTime();
      sink = work.call();
      nanos[i] = System.nanoTime() - start;
    }
    if (sink == null) {
      throw new IllegalStateException("The measured work returned nothing");
    }
    Arrays.sort(nanos);
    long median =
        measured % 2 == 1
            ? nanos[measured / 2]
            : (nanos[measured / 2 - 1] + nanos[measured / 2]) / 2;
    return median / 1_000_000.0;
  }
}
