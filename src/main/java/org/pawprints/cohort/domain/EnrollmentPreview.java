package org.pawprints.cohort.domain;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.pawprints.identity.domain.EmailAddress;
import org.pawprints.platform.i18n.Language;

/**
 * Checks every row of an enrollment sheet against the file itself and the cohort, before anything
 * is saved: malformed address, duplicate in the file or already in the cohort, unknown language,
 * partner not in the file or not naming this row back, and rows beyond the cohort's seats. Rows
 * that name each other as partners are pre-paired.
 */
public final class EnrollmentPreview {

  private EnrollmentPreview() {}

  /** A row and what is wrong with it (message keys); no problem means it will be invited. */
  public record Row(
      long line,
      String email,
      String name,
      Language language,
      String typedLanguage,
      String partner,
      boolean paired,
      List<String> problems)
      implements Serializable {

    public boolean valid() {
      return problems.isEmpty();
    }

    public long getLine() {
      return line;
    }

    public String getEmail() {
      return email;
    }

    public String getName() {
      return name;
    }

    public String getTypedLanguage() {
      return typedLanguage;
    }

    public String getPartner() {
      return partner;
    }

    public boolean isPaired() {
      return paired;
    }

    public List<String> getProblems() {
      return problems;
    }

    public boolean isValid() {
      return valid();
    }

    /**
     * What confirming does with this row, in one word a page can name (issue 13, session 6): it is
     * invited ({@code INVITE}), its person is already a member ({@code MEMBER}) or already has an
     * invitation waiting ({@code WAITING}), so nothing changes for them, or it is skipped for the
     * problems listed ({@code SKIP}).
     */
    public String getOutcome() {
      if (problems.contains(ALREADY_MEMBER)) {
        return "MEMBER";
      }
      if (problems.contains(ALREADY_INVITED)) {
        return "WAITING";
      }
      return problems.isEmpty() ? "INVITE" : "SKIP";
    }
  }

  /** The person is a member of the cohort already: nothing to do, not a mistake in the file. */
  public static final String ALREADY_MEMBER = "csv.row.alreadyMember";

  /** The person's invitation to this cohort is still waiting: it is not sent a second time. */
  public static final String ALREADY_INVITED = "csv.row.alreadyInvited";

  /**
   * @param members email keys of the cohort's members
   * @param waiting email keys of the cohort's live (sent or opened, not expired) invitations
   * @param staffAccounts email keys of facilitators' and administrators' accounts in the file: they
   *     never take a participant's seat (issue #10, rule 2)
   * @param seatsLeft participants the cohort can still take
   */
  public static List<Row> check(
      EnrollmentCsv.Sheet sheet,
      Language cohortLanguage,
      Set<String> members,
      Set<String> waiting,
      Set<String> staffAccounts,
      long seatsLeft) {
    List<EnrollmentCsv.Line> lines = sheet.lines();
    Map<String, EnrollmentCsv.Line> firstByKey = new HashMap<>();
    for (EnrollmentCsv.Line line : lines) {
      EmailAddress.parse(line.email())
          .ifPresent(address -> firstByKey.putIfAbsent(EmailAddress.key(address), line));
    }
    List<Row> rows = new ArrayList<>(lines.size());
    Set<String> seen = new HashSet<>();
    long seats = seatsLeft;
    for (EnrollmentCsv.Line line : lines) {
      List<String> problems = new ArrayList<>();
      Optional<String> address = EmailAddress.parse(line.email());
      String key = address.map(EmailAddress::key).orElse(null);
      if (address.isEmpty()) {
        problems.add(line.email().isEmpty() ? "csv.row.emailMissing" : "csv.row.emailInvalid");
      } else if (!seen.add(key)) {
        problems.add("csv.row.duplicateInFile");
      } else if (members.contains(key)) {
        problems.add(ALREADY_MEMBER);
      } else if (waiting.contains(key)) {
        problems.add(ALREADY_INVITED);
      } else if (staffAccounts.contains(key)) {
        problems.add("csv.row.staffAccount");
      }
      Language language = cohortLanguage;
      if (!line.language().isEmpty()) {
        Optional<Language> typed = Language.ofCode(line.language());
        if (typed.isEmpty()) {
          problems.add("csv.row.languageUnknown");
        } else {
          language = typed.get();
        }
      }
      if (line.name().length() > 100) {
        problems.add("csv.row.nameTooLong");
      }
      boolean paired = false;
      if (!line.partner().isEmpty()) {
        Optional<String> partnerKey = EmailAddress.parse(line.partner()).map(EmailAddress::key);
        EnrollmentCsv.Line partner = partnerKey.map(firstByKey::get).orElse(null);
        if (partnerKey.isPresent() && partnerKey.get().equals(key)) {
          problems.add("csv.row.partnerSelf");
        } else if (partner == null) {
          problems.add("csv.row.partnerNotInFile");
        } else if (!namesBack(partner, key)) {
          problems.add("csv.row.partnerNotMutual");
        } else {
          paired = true;
        }
      }
      if (problems.isEmpty()) {
        if (seats <= 0) {
          problems.add("csv.row.overCapacity");
        } else {
          seats--;
        }
      }
      rows.add(
          new Row(
              line.number(),
              address.orElse(line.email()),
              line.name(),
              language,
              line.language(),
              line.partner(),
              paired && problems.isEmpty(),
              List.copyOf(problems)));
    }
    return rows;
  }

  private static boolean namesBack(EnrollmentCsv.Line partner, String key) {
    return key != null
        && EmailAddress.parse(partner.partner())
            .map(EmailAddress::key)
            .filter(key::equals)
            .isPresent();
  }
}
