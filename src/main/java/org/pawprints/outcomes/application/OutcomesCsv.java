package org.pawprints.outcomes.application;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.pawprints.outcomes.domain.Change;

/**
 * A cohort's outcomes as CSV, one figure per row: {@code section, wave, version, measure, value}.
 * Column names and measures are fixed English identifiers (a file read by programs too). Written
 * for spreadsheets, so a text cell a spreadsheet would read as a formula ({@code = + - @}, a tab or
 * a carriage return first; a cohort's name could be one) starts with an apostrophe, as the live
 * summary's CSV does. A withheld figure is a row saying so, never a number.
 */
public final class OutcomesCsv {

  public static final List<String> HEADER =
      List.of("section", "wave", "version", "measure", "value");

  private OutcomesCsv() {}

  public static String of(CohortOutcomes report) {
    StringWriter out = new StringWriter();
    CSVFormat format = CSVFormat.RFC4180.builder().setHeader(HEADER.toArray(String[]::new)).get();
    try (CSVPrinter csv = new CSVPrinter(out, format)) {
      row(csv, "cohort", "", "", "name", report.cohortName());
      row(csv, "cohort", "", "", "members", String.valueOf(report.members()));
      row(csv, "cohort", "", "", "smallestGroup", String.valueOf(report.smallestGroup()));
      if (report.tooSmall()) {
        row(csv, "cohort", "", "", "withheld", "fewerMembersThanSmallestGroup");
        return out.toString();
      }
      for (WaveRate rate : report.rates()) {
        String wave = rate.wave().name();
        row(csv, "responses", wave, "", "answered", String.valueOf(rate.answered()));
        row(csv, "responses", wave, "", "percent", String.valueOf(rate.percent()));
      }
      for (VersionOutcomes version : report.versions()) {
        change(csv, version, "START_TO_END", version.startToEnd());
        change(csv, version, "START_TO_FOLLOW_UP", version.startToFollowUp());
      }
    } catch (IOException cannotHappen) {
      throw new UncheckedIOException(cannotHappen);
    }
    return out.toString();
  }

  private static void change(CSVPrinter csv, VersionOutcomes version, String waves, Change change)
      throws IOException {
    String id = String.valueOf(version.itemSetId());
    row(csv, "change", waves, id, "n", String.valueOf(change.n()));
    if (!version.shows(change)) {
      row(csv, "change", waves, id, "withheld", "fewerThanSmallestGroup");
      return;
    }
    row(csv, "change", waves, id, "meanChange", change.meanRounded().toPlainString());
    row(
        csv,
        "change",
        waves,
        id,
        "standardDeviation",
        change.standardDeviationRounded().toPlainString());
    row(csv, "change", waves, id, "rose", String.valueOf(change.rose()));
    row(csv, "change", waves, id, "percentRose", String.valueOf(change.percentRose()));
  }

  private static void row(CSVPrinter csv, String... cells) throws IOException {
    List<String> guarded = new ArrayList<>(cells.length);
    for (String cell : cells) {
      guarded.add(guard(cell));
    }
    csv.printRecord(guarded);
  }

  /**
   * A cell a spreadsheet would evaluate, made plain text. Negative figures ("-0.25") are numbers,
   * not formulas, and stay as they are.
   */
  static String guard(String cell) {
    if (cell == null || cell.isEmpty()) {
      return "";
    }
    if (cell.matches("-?\\d+(\\.\\d+)?")) {
      return cell;
    }
    char first = cell.charAt(0);
    boolean formula =
        first == '='
            || first == '+'
            || first == '-'
            || first == '@'
            || first == '\t'
            || first == '\r';
    return formula ? "'" + cell : cell;
  }
}
