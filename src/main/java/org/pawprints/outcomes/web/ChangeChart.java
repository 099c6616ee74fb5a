package org.pawprints.outcomes.web;

import java.util.ArrayList;
import java.util.List;
import org.pawprints.outcomes.domain.Change;

/**
 * The geometry of the mean-change chart, drawn as plain SVG (no script, no inline style, so the
 * content security policy holds): one horizontal bar per comparison, right of the zero line for a
 * rise and left for a fall, with a whisker of one standard deviation either side. The axis runs
 * from {@code -range} to {@code +range} points, the smallest whole number that fits every whisker
 * (at least 1, at most the scale's width). The table beside it carries the same figures in words.
 */
public final class ChangeChart {

  static final int WIDTH = 360;
  static final int CENTRE = WIDTH / 2;
  static final int HALF = 150;
  static final int ROW = 50;

  private final int range;
  private final List<Bar> bars = new ArrayList<>();

  /** One comparison as drawn. */
  public record Bar(
      String label,
      int labelY,
      int barY,
      int x,
      int width,
      boolean up,
      int whiskerFrom,
      int whiskerTo,
      int whiskerY) {}

  /** A comparison to draw: its label and its change. */
  public record Entry(String label, Change change) {}

  public ChangeChart(List<Entry> entries, int scalePoints) {
    double widest =
        entries.stream()
            .mapToDouble(e -> Math.abs(e.change().mean()) + e.change().standardDeviation())
            .max()
            .orElse(1);
    range = (int) Math.max(1, Math.min(Math.max(1, scalePoints - 1), Math.ceil(widest)));
    int row = 0;
    for (Entry entry : entries) {
      Change change = entry.change();
      int end = x(change.mean());
      int top = row * ROW;
      bars.add(
          new Bar(
              entry.label(),
              top + 14,
              top + 20,
              Math.min(CENTRE, end),
              Math.max(1, Math.abs(end - CENTRE)),
              change.mean() >= 0,
              x(change.mean() - change.standardDeviation()),
              x(change.mean() + change.standardDeviation()),
              top + 28));
      row++;
    }
  }

  private int x(double points) {
    double clipped = Math.max(-range, Math.min(range, points));
    return (int) Math.round(CENTRE + clipped * HALF / range);
  }

  public List<Bar> getBars() {
    return bars;
  }

  /** Whether there is anything to draw ("empty" is a reserved word in EL). */
  public boolean isDrawn() {
    return !bars.isEmpty();
  }

  public int getRange() {
    return range;
  }

  public int getHeight() {
    return bars.size() * ROW + 20;
  }

  /** Where the axis labels sit: under the last bar. */
  public int getAxisY() {
    return bars.size() * ROW + 14;
  }

  public int getWidth() {
    return WIDTH;
  }

  public int getCentre() {
    return CENTRE;
  }

  public int getLeft() {
    return CENTRE - HALF;
  }

  public int getRight() {
    return CENTRE + HALF;
  }
}
