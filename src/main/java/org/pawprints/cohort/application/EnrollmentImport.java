package org.pawprints.cohort.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.pawprints.cohort.domain.Cohort;
import org.pawprints.cohort.domain.CohortRepository;
import org.pawprints.cohort.domain.EnrollmentCsv;
import org.pawprints.cohort.domain.EnrollmentPreview;
import org.pawprints.cohort.domain.Invitation;
import org.pawprints.cohort.domain.Membership;
import org.pawprints.identity.application.AccessPolicy;
import org.pawprints.identity.application.Accounts;
import org.pawprints.identity.application.Viewer;
import org.pawprints.identity.domain.EmailAddress;
import org.pawprints.identity.domain.Person;
import org.pawprints.platform.refusal.Refusal;

/**
 * Bulk enrollment from a CSV file: a preview that names every row's problems and saves nothing,
 * then a confirmation that checks the file again against the cohort as it is now and, in one
 * transaction, invites every valid row and pre-pairs rows that name each other.
 */
@ApplicationScoped
@Transactional
public class EnrollmentImport {

  @Inject CohortRepository cohorts;
  @Inject Invitations invitations;
  @Inject Rosters rosters;
  @Inject AccessPolicy access;
  @Inject Accounts accounts;
  @Inject CohortSeats seats;

  /** What the file would do; nothing is saved. */
  @Transactional(Transactional.TxType.SUPPORTS)
  public Preview preview(long cohortId, byte[] csv) {
    access.requireFacilitatorOf(cohortId);
    Cohort cohort = cohorts.find(cohortId).orElseThrow(() -> new Refusal("cohort.unknown"));
    cohort.requireOpen();
    return check(cohort, csv);
  }

  /** Invites the valid rows of the file, checked again now; returns what happened. */
  public Summary confirm(long cohortId, byte[] csv, String clientAddress) {
    Viewer by = access.requireFacilitatorOf(cohortId);
    Cohort cohort = cohorts.findLocked(cohortId).orElseThrow(() -> new Refusal("cohort.unknown"));
    cohort.requireOpen();
    Preview preview = check(cohort, csv);
    Map<String, Invitation> sent = new HashMap<>();
    for (EnrollmentPreview.Row row : preview.rows()) {
      if (row.valid()) {
        Invitation invitation =
            invitations.send(
                cohort,
                row.email(),
                Invitations.cleanName(row.name()),
                row.language(),
                by,
                clientAddress);
        sent.put(EmailAddress.key(row.email()), invitation);
      }
    }
    int couples = 0;
    for (EnrollmentPreview.Row row : preview.rows()) {
      if (row.paired()) {
        Invitation mine = sent.get(EmailAddress.key(row.email()));
        Invitation partner = sent.get(EmailAddress.key(row.partner()));
        if (mine != null && partner != null) {
          mine.pairWith(partner.getId());
          couples++;
        }
      }
    }
    return new Summary(sent.size(), couples / 2, preview.problemCount());
  }

  private Preview check(Cohort cohort, byte[] csv) {
    EnrollmentCsv.Sheet sheet = EnrollmentCsv.read(csv);
    Set<Long> memberIds =
        cohort.getMembers().stream().map(Membership::getPersonId).collect(Collectors.toSet());
    Set<String> members = new HashSet<>();
    rosters.people(memberIds).stream()
        .map(Person::getEmail)
        .map(EmailAddress::key)
        .forEach(members::add);
    Instant now = Instant.now();
    Set<String> waiting = new HashSet<>();
    cohorts.invitations(cohort.getId()).stream()
        .filter(i -> i.isPendingAt(now))
        .map(Invitation::getEmailKey)
        .forEach(waiting::add);
    Set<String> staff = new HashSet<>();
    sheet.lines().stream()
        .map(line -> EmailAddress.parse(line.email()))
        .flatMap(Optional::stream)
        .map(accounts::findByEmail)
        .flatMap(Optional::stream)
        .filter(Person::isStaff)
        .map(person -> EmailAddress.key(person.getEmail()))
        .forEach(staff::add);
    List<EnrollmentPreview.Row> rows =
        EnrollmentPreview.check(
            sheet, cohort.getLanguage(), members, waiting, staff, seats.seatsLeft(cohort));
    return new Preview(rows, sheet.utf8(), sheet.delimiter());
  }

  /** The checked rows, and how the file was read. */
  public record Preview(List<EnrollmentPreview.Row> rows, boolean utf8, char delimiter) {

    public long validCount() {
      return rows.stream().filter(EnrollmentPreview.Row::valid).count();
    }

    public long problemCount() {
      return rows.size() - validCount();
    }
  }

  /** What a confirmed import did. */
  public record Summary(int invited, int couples, long skipped) {}
}
