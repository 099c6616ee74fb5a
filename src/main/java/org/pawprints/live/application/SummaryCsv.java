package org.pawprints.live.application;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.pawprints.live.domain.Tally;

/**
 * A session summary as CSV (Apache Commons CSV), one row per fact: {@code section, position,
 * activity, kind, item, count, percent, text}. Written for spreadsheets, so every text cell that a
 * spreadsheet would read as a formula ({@code = + - @}, a tab or a carriage return first) starts
 * with an apostrophe: a participant's open answer {@code =HYPERLINK(...)} stays text. Column names
 * are fixed English identifiers (a file read by programs too); the activity kinds are the enum's.
 */
public final class SummaryCsv {

  public static final List<String> HEADER =
      List.of("section", "position", "activity", "kind", "item", "count", "percent", "text");

  private SummaryCsv() {}

  public static String of(SessionSummary summary) {
    StringWriter out = new StringWriter();
    CSVFormat format = CSVFormat.RFC4180.builder().setHeader(HEADER.toArray(String[]::new)).get();
    try (CSVPrinter csv = new CSVPrinter(out, format)) {
      row(csv, "session", "", "", "", "title", "", "", summary.title());
      row(csv, "session", "", "", "", "cohort", "", "", summary.cohortName());
      row(
          csv,
          "session",
          "",
          "",
          "",
          "starts",
          "",
          "",
          summary.startsAt().format(DateTimeFormatter.ISO_LOCAL_DATE_TIME));
      row(csv, "attendance", "", "", "", "people", count(summary.attendedCount()), "", "");
      for (String name : summary.attended()) {
        row(csv, "attendance", "", "", "", "person", "", "", name);
      }
      for (String couple : summary.couplesAttended()) {
        row(csv, "attendance", "", "", "", "couple", "", "", couple);
      }
      for (SessionSummary.Item item : summary.activities()) {
        activity(csv, item);
      }
    } catch (IOException cannotHappen) {
      throw new UncheckedIOException(cannotHappen);
    }
    return out.toString();
  }

  private static void activity(CSVPrinter csv, SessionSummary.Item item) throws IOException {
    String position = String.valueOf(item.position() + 1);
    String kind = item.kindName();
    if (item.takesAnswers()) {
      row(csv, "results", position, item.title(), kind, "answered", count(item.answered()), "", "");
      if (item.tooFew()) {
        row(csv, "results", position, item.title(), kind, "tooFewToShow", "", "", "");
      }
    }
    if (item.hasTally()) {
      for (Tally.Bar bar : item.tally().bars()) {
        row(
            csv,
            "results",
            position,
            item.title(),
            kind,
            bar.correct() ? "option (right)" : "option",
            count(bar.count()),
            String.valueOf(bar.percent()),
            bar.label());
      }
    }
    for (String text : item.approved()) {
      row(csv, "results", position, item.title(), kind, "approvedAnswer", "", "", text);
    }
    if (!item.notes().isBlank()) {
      row(csv, "notes", position, item.title(), kind, "notes", "", "", item.notes());
    }
  }

  private static void row(CSVPrinter csv, String... cells) throws IOException {
    List<String> guarded = new ArrayList<>(cells.length);
    for (String cell : cells) {
      guarded.add(guard(cell));
    }
    csv.printRecord(guarded);
  }

  /** A cell a spreadsheet would evaluate, made plain text; anything else as it is. */
  public static String guard(String cell) {
    if (cell == null || cell.isEmpty()) {
      return "";
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

  private static String count(long value) {
    return String.valueOf(value);
  }
}
