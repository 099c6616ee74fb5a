package org.pawprints.cohort.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.security.SecureRandom;
import java.time.Instant;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;
import org.pawprints.cohort.domain.Cohort;
import org.pawprints.cohort.domain.CohortRepository;
import org.pawprints.identity.application.AccessPolicy;
import org.pawprints.identity.application.Accounts;
import org.pawprints.identity.application.SignIn;
import org.pawprints.identity.application.SignInThrottle;
import org.pawprints.identity.application.Viewer;
import org.pawprints.identity.domain.Person;
import org.pawprints.identity.domain.Role;
import org.pawprints.platform.audit.AuditEvent.Actor;
import org.pawprints.platform.audit.AuditEventType;
import org.pawprints.platform.audit.AuditLog;
import org.pawprints.platform.refusal.Refusal;
import org.pawprints.platform.web.PageViewMemo;

/**
 * A cohort's short join code, read out in a live call: turned on (or renewed) and off by its
 * facilitators. A person with the code joins while the cohort has a seat: signed in, or by asking
 * for an account ({@link JoinRequests}, which first proves the address is theirs). Codes avoid
 * look-alike characters (no 0/O, 1/I/L) and are read case-insensitively.
 */
@ApplicationScoped
@Transactional
public class JoinCodes {

  static final String ALPHABET = "ABCDEFGHJKMNPQRSTUVWXYZ23456789";
  static final int LENGTH = 8;
  private static final SecureRandom RANDOM = new SecureRandom();

  @Inject CohortRepository cohorts;
  @Inject CohortSeats seats;
  @Inject AccessPolicy access;
  @Inject Accounts accounts;
  @Inject AuditLog audit;
  @Inject SignInThrottle throttle;

  private static final String JOINING = "join:";

  /** Turns the code on, or replaces it: the previous code stops working. */
  public String renew(long cohortId, String clientAddress) {
    Viewer by = access.requireFacilitatorOf(cohortId);
    Cohort cohort = locked(cohortId);
    String code;
    do {
      code = newCode();
    } while (cohorts.findByJoinCode(code).isPresent());
    cohort.useJoinCode(code);
    audit.record(
        AuditEventType.JOIN_CODE_CHANGED,
        accounts.actorOf(by.personId()),
        null,
        clientAddress,
        Cohorts.describe(cohort) + ", on");
    return code;
  }

  public void turnOff(long cohortId, String clientAddress) {
    Viewer by = access.requireFacilitatorOf(cohortId);
    Cohort cohort = locked(cohortId);
    cohort.useJoinCode(null);
    audit.record(
        AuditEventType.JOIN_CODE_CHANGED,
        accounts.actorOf(by.personId()),
        null,
        clientAddress,
        Cohorts.describe(cohort) + ", off");
  }

  /** The signed-in person joins with the code. */
  public String joinSignedIn(String code, String clientAddress) {
    long me = access.requireSignedIn();
    Person person = accounts.find(me).orElseThrow(() -> new Refusal("join.unknownCode"));
    return throttled(
        person.getEmail(), clientAddress, () -> join(openCohort(code), person, clientAddress));
  }

  /**
   * Joining is throttled like signing in (issue 10, rule 5): per email and client address, so that
   * nobody guesses codes, or probes which emails have accounts, at speed, while a room full of
   * people joining over one Wi-Fi is never held up by someone else's mistakes. A refusal (a wrong
   * code, a full cohort, a bad password) counts as a failure.
   */
  <T> T throttled(String email, String clientAddress, Supplier<T> joining) {
    String counted = JOINING + SignIn.countedEmail(email);
    Instant now = Instant.now();
    throttle
        .pausedUntil(counted, clientAddress, now)
        .ifPresent(
            until -> {
              throw new JoinPaused(SignInThrottle.minutesLeft(until, now));
            });
    try {
      return joining.get();
    } catch (Refusal refused) {
      throttle.failed(counted, clientAddress, Instant.now());
      throw refused;
    }
  }

  /** The refusals about the code itself (shown beside it), as opposed to the new account's. */
  private static final Set<String> CODE_REFUSALS =
      Set.of("join.unknownCode", "join.full", "join.throttled", "cohort.unknown");

  /** Whether a refusal concerns the typed code rather than the new account's details. */
  public static boolean concernsTheCode(Refusal refusal) {
    return CODE_REFUSALS.contains(refusal.messageKey());
  }

  /**
   * Adds the person to the cohort (the caller holds the cohort's lock): a staff account is refused,
   * a member already in is simply told the cohort's name.
   */
  String join(Cohort cohort, Person person, String clientAddress) {
    if (cohort.isMember(person.getId())) {
      return cohort.getName();
    }
    CohortSeats.requireParticipantAccount(person);
    requireSeat(cohort);
    if (!person.hasRole(Role.PARTICIPANT)) {
      person.grant(Role.PARTICIPANT);
    }
    cohort.addMember(person.getId(), Instant.now());
    PageViewMemo.forget(); // this request may go on to show the new membership
    Actor actor = new Actor(person.getId(), person.getEmail());
    audit.record(
        AuditEventType.JOINED_WITH_CODE, actor, actor, clientAddress, Cohorts.describe(cohort));
    return cohort.getName();
  }

  Cohort openCohort(String code) {
    Cohort found = byCode(code).orElseThrow(() -> new Refusal("join.unknownCode"));
    return locked(found.getId());
  }

  void requireSeat(Cohort cohort) {
    if (seats.seatsLeft(cohort) < 1) {
      throw new Refusal("join.full");
    }
  }

  private Optional<Cohort> byCode(String code) {
    String normal = normalize(code);
    if (normal.length() != LENGTH) {
      return Optional.empty();
    }
    return cohorts.findByJoinCode(normal).filter(c -> !c.isArchived());
  }

  Cohort locked(long cohortId) {
    Cohort cohort = cohorts.findLocked(cohortId).orElseThrow(() -> new Refusal("cohort.unknown"));
    cohort.requireOpen();
    return cohort;
  }

  /** Upper case, without the spaces and dashes people type when reading a code aloud. */
  static String normalize(String code) {
    return code == null ? "" : code.replaceAll("[\\s-]", "").toUpperCase(Locale.ROOT);
  }

  static String newCode() {
    StringBuilder code = new StringBuilder(LENGTH);
    for (int i = 0; i < LENGTH; i++) {
      code.append(ALPHABET.charAt(RANDOM.nextInt(ALPHABET.length())));
    }
    return code.toString();
  }
}
