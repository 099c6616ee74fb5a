package org.pawprints.cohort.domain;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.apache.commons.csv.DuplicateHeaderMode;
import org.pawprints.platform.refusal.Refusal;

/**
 * Reads an enrollment spreadsheet saved as CSV, with Apache Commons CSV: columns {@code email,
 * name, language, partner_email} in any order and case. Accepts what spreadsheets write: UTF-8 with
 * or without a byte-order mark, else Windows-1252 (which covers Latin-1's accents), and a comma or
 * a semicolon between cells. Cells are kept exactly as typed: a cell that looks like a formula
 * ({@code =HYPERLINK(...)}) is only text here, never evaluated.
 */
public final class EnrollmentCsv {

  public static final List<String> COLUMNS = List.of("email", "name", "language", "partner_email");
  public static final int MAX_ROWS = 10_000;
  public static final int MAX_BYTES = 2 * 1024 * 1024;

  private static final Charset WINDOWS_1252 = Charset.forName("windows-1252");

  private EnrollmentCsv() {}

  /** A file that could be read, with its rows, and how it was read. */
  public record Sheet(List<Line> lines, char delimiter, boolean utf8) {}

  /** One data row as typed; {@code number} is the line in the file (the header is line 1). */
  public record Line(long number, String email, String name, String language, String partner) {}

  /** Reads the bytes, or throws a {@link Refusal} naming what is wrong with the file. */
  public static Sheet read(byte[] bytes) {
    if (bytes == null || bytes.length == 0) {
      throw new Refusal("csv.empty");
    }
    if (bytes.length > MAX_BYTES) {
      throw new Refusal("csv.tooBig");
    }
    boolean utf8 = true;
    String text;
    try {
      text = strictUtf8(bytes);
    } catch (CharacterCodingException notUtf8) {
      utf8 = false;
      text = new String(bytes, WINDOWS_1252);
    }
    if (!text.isEmpty() && text.charAt(0) == '\uFEFF') {
      text = text.substring(1);
    }
    if (text.isBlank()) {
      throw new Refusal("csv.empty");
    }
    char delimiter = delimiterOf(firstLine(text));
    CSVFormat format =
        CSVFormat.DEFAULT
            .builder()
            .setDelimiter(delimiter)
            .setHeader()
            .setSkipHeaderRecord(true)
            .setIgnoreEmptyLines(true)
            .setIgnoreHeaderCase(true)
            .setTrim(true)
            .setAllowMissingColumnNames(true)
            .setDuplicateHeaderMode(DuplicateHeaderMode.ALLOW_ALL)
            .get();
    List<Line> lines = new ArrayList<>();
    try (CSVParser parser =
        CSVParser.builder().setReader(new StringReader(text)).setFormat(format).get()) {
      Map<String, Integer> header = parser.getHeaderMap();
      if (header == null
          || !header.keySet().stream().map(EnrollmentCsv::column).toList().contains("email")) {
        throw new Refusal("csv.header");
      }
      for (CSVRecord record : parser) {
        if (lines.size() >= MAX_ROWS) {
          throw new Refusal("csv.tooManyRows");
        }
        lines.add(
            new Line(
                record.getRecordNumber() + 1,
                cell(record, header, "email"),
                cell(record, header, "name"),
                cell(record, header, "language"),
                cell(record, header, "partner_email")));
      }
    } catch (IOException
        | UncheckedIOException
        | IllegalArgumentException
        | IllegalStateException e) {
      throw new Refusal("csv.malformed");
    }
    if (lines.isEmpty()) {
      throw new Refusal("csv.noRows");
    }
    return new Sheet(lines, delimiter, utf8);
  }

  private static String strictUtf8(byte[] bytes) throws CharacterCodingException {
    return StandardCharsets.UTF_8
        .newDecoder()
        .onMalformedInput(CodingErrorAction.REPORT)
        .onUnmappableCharacter(CodingErrorAction.REPORT)
        .decode(ByteBuffer.wrap(bytes))
        .toString();
  }

  private static String firstLine(String text) {
    int end = text.indexOf('\n');
    return end < 0 ? text : text.substring(0, end);
  }

  /** A semicolon when the header has more of them than commas (what French Excel writes). */
  static char delimiterOf(String header) {
    long semicolons = header.chars().filter(c -> c == ';').count();
    long commas = header.chars().filter(c -> c == ',').count();
    return semicolons > commas ? ';' : ',';
  }

  /** A header name as compared: trimmed, lower case, spaces and dashes as underscores. */
  private static String column(String name) {
    return name == null
        ? ""
        : name.strip().toLowerCase(Locale.ROOT).replace(' ', '_').replace('-', '_');
  }

  private static String cell(CSVRecord record, Map<String, Integer> header, String wanted) {
    for (Map.Entry<String, Integer> column : header.entrySet()) {
      if (column(column.getKey()).equals(wanted)) {
        int index = column.getValue();
        String value = index < record.size() ? record.get(index) : "";
        return value == null ? "" : value.strip();
      }
    }
    return "";
  }
}
