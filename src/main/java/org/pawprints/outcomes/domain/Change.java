package org.pawprints.outcomes.domain;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;

/**
 * How scores changed between two waves, over the people who answered both (with the same version):
 * how many ({@code n}), the mean change, its sample standard deviation (n - 1; none with fewer than
 * two people) and how many rose (a change above zero). Figures are rounded to two decimals, half
 * up, for display and CSV alike.
 */
public record Change(int n, double mean, double standardDeviation, int rose) {

  /** One person's scores at the two waves. */
  public record Pair(double before, double after) {
    double difference() {
      return after - before;
    }
  }

  public static Change of(List<Pair> pairs) {
    int n = pairs.size();
    if (n == 0) {
      return new Change(0, 0, 0, 0);
    }
    double mean = pairs.stream().mapToDouble(Pair::difference).sum() / n;
    double squares = pairs.stream().mapToDouble(p -> Math.pow(p.difference() - mean, 2)).sum();
    double sd = n < 2 ? 0 : Math.sqrt(squares / (n - 1));
    int rose = (int) pairs.stream().filter(p -> p.difference() > 0).count();
    return new Change(n, mean, sd, rose);
  }

  /** The share who rose, as a whole percent (half up). */
  public int percentRose() {
    return n == 0 ? 0 : rounded(100.0 * rose / n, 0).intValue();
  }

  public BigDecimal meanRounded() {
    return rounded(mean, 2);
  }

  public BigDecimal standardDeviationRounded() {
    return rounded(standardDeviation, 2);
  }

  private static BigDecimal rounded(double value, int places) {
    // Through the decimal text, so that 0.125 rounds as people expect (to 0.13).
    return new BigDecimal(Double.toString(value)).setScale(places, RoundingMode.HALF_UP);
  }
}
