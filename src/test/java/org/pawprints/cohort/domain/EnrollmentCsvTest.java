package org.pawprints.cohort.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.pawprints.platform.i18n.Language;
import org.pawprints.platform.refusal.Refusal;

/** Enrollment CSV: encodings, delimiters, odd cells, and every row problem the preview names. */
class EnrollmentCsvTest {

  private static final String HEADER = "email,name,language,partner_email\n";

  private static List<EnrollmentPreview.Row> preview(String csv, long seats) {
    return EnrollmentPreview.check(
        EnrollmentCsv.read(csv.getBytes(StandardCharsets.UTF_8)),
        Language.EN,
        Set.of(),
        Set.of(),
        Set.of(),
        seats);
  }

  private static String problem(byte[] bytes) {
    return assertThrows(Refusal.class, () -> EnrollmentCsv.read(bytes)).messageKey();
  }

  @Test
  void emptyFilesAndHeaderOnlyFilesAreExplained() {
    assertEquals("csv.empty", problem(new byte[0]));
    assertEquals("csv.empty", problem("\uFEFF  \n".getBytes(StandardCharsets.UTF_8)));
    assertEquals("csv.noRows", problem(HEADER.getBytes(StandardCharsets.UTF_8)));
    assertEquals(
        "csv.header", problem("courriel,nom\nx@y.ca,X\n".getBytes(StandardCharsets.UTF_8)));
    assertEquals(
        "csv.malformed", problem((HEADER + "\"a@b.ca,A,en,\n").getBytes(StandardCharsets.UTF_8)));
  }

  @Test
  void semicolonsBomAndHeaderCaseAreUnderstood() {
    byte[] bytes =
        "\uFEFFEmail;Name;Language;Partner_Email\nzoe@example.ca;Zoé;fr;\n"
            .getBytes(StandardCharsets.UTF_8);
    EnrollmentCsv.Sheet sheet = EnrollmentCsv.read(bytes);
    assertEquals(';', sheet.delimiter());
    assertTrue(sheet.utf8());
    assertEquals("zoe@example.ca", sheet.lines().get(0).email());
    assertEquals("Zoé", sheet.lines().get(0).name());
  }

  @Test
  void latin1AccentsAreReadWhenTheFileIsNotUtf8() {
    byte[] bytes =
        "email;name;language;partner_email\nhelene@example.ca;Hélène Côté;fr;\n"
            .getBytes(Charset.forName("windows-1252"));
    EnrollmentCsv.Sheet sheet = EnrollmentCsv.read(bytes);
    assertFalse(sheet.utf8());
    assertEquals("Hélène Côté", sheet.lines().get(0).name());
  }

  @Test
  void aFormulaLookingCellIsKeptAsText() {
    List<EnrollmentPreview.Row> rows =
        preview(HEADER + "f@example.ca,\"=HYPERLINK(\"\"http://evil\"\",\"\"x\"\")\",en,\n", 10);
    assertEquals("=HYPERLINK(\"http://evil\",\"x\")", rows.get(0).name());
    assertTrue(rows.get(0).valid());
  }

  @Test
  void everyRowProblemIsNamed() {
    String csv =
        HEADER
            + "not-an-email,Nope,en,\n"
            + "a@example.ca,Ann,en,b@example.ca\n"
            + "b@example.ca,Bob,fr,a@example.ca\n"
            + "A@Example.ca,Ann again,en,\n"
            + "c@example.ca,Cy,de,\n"
            + "d@example.ca,Di,en,nobody@example.ca\n"
            + "e@example.ca,Ed,en,a@example.ca\n"
            + "f@example.ca,Fi,,\n"
            + "in@example.ca,In,en,\n"
            + "g@example.ca,Gus,en,g@example.ca\n";
    List<EnrollmentPreview.Row> rows =
        EnrollmentPreview.check(
            EnrollmentCsv.read(csv.getBytes(StandardCharsets.UTF_8)),
            Language.FR,
            Set.of("in@example.ca"),
            Set.of(),
            Set.of(),
            3);
    assertEquals(List.of("csv.row.emailInvalid"), rows.get(0).problems());
    assertTrue(rows.get(1).valid() && rows.get(1).paired());
    assertTrue(rows.get(2).valid() && rows.get(2).paired());
    assertEquals(Language.FR, rows.get(2).language());
    assertEquals(List.of("csv.row.duplicateInFile"), rows.get(3).problems());
    assertEquals(List.of("csv.row.languageUnknown"), rows.get(4).problems());
    assertEquals(List.of("csv.row.partnerNotInFile"), rows.get(5).problems());
    assertEquals(List.of("csv.row.partnerNotMutual"), rows.get(6).problems());
    assertTrue(rows.get(7).valid(), "a blank language takes the cohort's");
    assertEquals(Language.FR, rows.get(7).language());
    assertEquals(List.of("csv.row.alreadyMember"), rows.get(8).problems());
    assertEquals(List.of("csv.row.partnerSelf"), rows.get(9).problems());
    assertEquals(3, rows.stream().filter(EnrollmentPreview.Row::valid).count());

    List<EnrollmentPreview.Row> tight =
        EnrollmentPreview.check(
            EnrollmentCsv.read(csv.getBytes(StandardCharsets.UTF_8)),
            Language.EN,
            Set.of(),
            Set.of(),
            Set.of(),
            2);
    assertEquals(List.of("csv.row.overCapacity"), tight.get(7).problems());
  }

  @Test
  void eachRowSaysWhatConfirmingDoesWithIt() {
    String csv =
        HEADER
            + "new@example.ca,New,en,\n"
            + "member@example.ca,Member,xx,\n"
            + "waiting@example.ca,Waiting,en,\n"
            + "broken,Broken,en,\n";
    List<EnrollmentPreview.Row> rows =
        EnrollmentPreview.check(
            EnrollmentCsv.read(csv.getBytes(StandardCharsets.UTF_8)),
            Language.EN,
            Set.of("member@example.ca"),
            Set.of("waiting@example.ca"),
            Set.of(),
            5);
    assertEquals(
        List.of("INVITE", "MEMBER", "WAITING", "SKIP"),
        rows.stream().map(EnrollmentPreview.Row::getOutcome).toList());
    assertEquals(List.of("csv.row.alreadyInvited"), rows.get(2).problems());
  }

  @Test
  void aStaffAccountNeverTakesAParticipantsSeat() {
    String csv = HEADER + "fac@example.ca,Fay,en,\npat@example.ca,Pat,en,\n";
    List<EnrollmentPreview.Row> rows =
        EnrollmentPreview.check(
            EnrollmentCsv.read(csv.getBytes(StandardCharsets.UTF_8)),
            Language.EN,
            Set.of(),
            Set.of(),
            Set.of("fac@example.ca"),
            5);
    assertEquals(List.of("csv.row.staffAccount"), rows.get(0).problems());
    assertTrue(rows.get(1).valid());
  }

  @Test
  void fiveThousandRowsOfCouplesAreAllPrePaired() {
    StringBuilder csv = new StringBuilder(HEADER);
    for (int i = 0; i < 5000; i += 2) {
      csv.append("p").append(i).append("@example.ca,Person ").append(i).append(",fr,p");
      csv.append(i + 1).append("@example.ca\n");
      csv.append("p").append(i + 1).append("@example.ca,Person ").append(i + 1).append(",en,p");
      csv.append(i).append("@example.ca\n");
    }
    // Timings live in docs/performance.md (CohortsBenchmarkIT), not in tests.
    List<EnrollmentPreview.Row> rows = preview(csv.toString(), 10_000);
    assertEquals(5000, rows.size());
    assertTrue(rows.stream().allMatch(r -> r.valid() && r.paired()));
  }
}
