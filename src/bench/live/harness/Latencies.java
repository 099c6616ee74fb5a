package bench.live;

import java.util.Arrays;

/**
 * The figures of one measure over all rounds: p50, p95 and max of those that arrived, and misses.
 */
final class Latencies {

  private double[] arrived = new double[64];
  private int count;
  private int missed;

  void add(double[] figures) {
    for (double figure : figures) {
      if (Double.isNaN(figure)) {
        missed++;
        continue;
      }
      if (count == arrived.length) {
        arrived = Arrays.copyOf(arrived, count * 2);
      }
      arrived[count++] = figure;
    }
  }

  int samples() {
    return count + missed;
  }

  int missed() {
    return missed;
  }

  /** The nearest-rank percentile of the figures that arrived, NaN when none did. */
  double percentile(double p) {
    if (count == 0) {
      return Double.NaN;
    }
    double[] sorted = Arrays.copyOf(arrived, count);
    Arrays.sort(sorted);
    int rank = (int) Math.ceil(p / 100.0 * count);
    return sorted[Math.max(0, rank - 1)];
  }

  double max() {
    return percentile(100);
  }
}
