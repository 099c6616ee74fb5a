package org.pawprints.privacy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.pawprints.cohort.application.JoinCodes;
import org.pawprints.cohort.application.JoinPaused;
import org.pawprints.cohort.application.JoinRequests;
import org.pawprints.identity.application.Accounts;
import org.pawprints.identity.application.PasswordReset;
import org.pawprints.identity.application.SignIn;
import org.pawprints.identity.application.SignInResult;
import org.pawprints.identity.application.SignInResult.Outcome;
import org.pawprints.identity.domain.Role;
import org.pawprints.platform.i18n.Language;
import org.pawprints.platform.refusal.Refusal;
import org.pawprints.testing.PawprintsDeployment;
import org.pawprints.testing.SentMail;

/**
 * Rule 5 of issue 10, nobody can keep an owner out and sign-in tells nothing, tried inside Payara
 * Micro against the real accounts: strangers guessing, a busy shared address, unknown emails, a
 * password reset, and the join page.
 */
@ExtendWith(ArquillianExtension.class)
class SignInThrottleIT {

  private static final String RIGHT = "the right passphrase";
  private static final AtomicInteger NEXT_ADDRESS = new AtomicInteger(1);

  @Deployment
  static WebArchive deployment() {
    return PawprintsDeployment.withTests(SignInThrottleIT.class, CountingPasswordHashing.class);
  }

  @Inject Accounts accounts;
  @Inject SignIn signIn;
  @Inject PasswordReset reset;
  @Inject JoinCodes joinCodes;
  @Inject JoinRequests joinRequests;

  @Test
  void aStrangersWrongPasswordsNeverLockTheOwnerOut() {
    String owner = account("owner");
    String stranger = address();
    for (int i = 0; i < 8; i++) {
      signIn.attempt(owner, "guess " + i, stranger);
    }
    assertEquals(Outcome.THROTTLED, signIn.attempt(owner, RIGHT, stranger).outcome());

    assertEquals(Outcome.SIGNED_IN, signIn.attempt(owner, RIGHT, address()).outcome());
  }

  @Test
  void aPasswordResetAlwaysUnlocks() {
    String owner = account("forgetful");
    String home = address();
    for (int i = 0; i < 6; i++) {
      signIn.attempt(owner, "is it this " + i, home);
    }
    assertEquals(Outcome.THROTTLED, signIn.attempt(owner, RIGHT, home).outcome());

    reset.request(owner, home);
    String mail = SentMail.newestTextTo(owner);
    String token = mail.substring(mail.indexOf("token=") + 6).split("\\s")[0];
    reset.complete(token, "a brand new passphrase", home);

    assertEquals(
        Outcome.SIGNED_IN, signIn.attempt(owner, "a brand new passphrase", home).outcome());
  }

  @Test
  void twentyFailuresFromOneAddressDoNotLockOutTheOthersBehindIt() {
    String workshopWifi = address();
    // Someone tries account after account from the room's Wi-Fi.
    for (int i = 0; i < 25; i++) {
      signIn.attempt(i % 5 == 0 ? account("guessed") : unknownEmail(), "wrong " + i, workshopWifi);
    }
    for (String neighbour : List.of(account("nadia"), account("noor"), account("niko"))) {
      assertEquals(
          Outcome.SIGNED_IN,
          signIn.attempt(neighbour, RIGHT, workshopWifi).outcome(),
          "a correct password from the shared address");
    }
    // The busy address still brakes guessing: a new email gets a second chance, not five.
    String next = account("next");
    assertEquals(Outcome.REFUSED, signIn.attempt(next, "mistyped", workshopWifi).outcome());
    assertEquals(Outcome.THROTTLED, signIn.attempt(next, "mistyped", workshopWifi).outcome());
  }

  @Test
  void knownAndUnknownEmailsGetTheSameAnswersAfterTheSameAttempts() {
    String here = address();
    List<String> known = answers(account("known"), here);
    List<String> unknown = answers(unknownEmail(), here);
    assertEquals(known, unknown);
    assertEquals("REFUSED", known.get(0));
    assertEquals("THROTTLED in 1 min", known.get(4), "paused at the fifth attempt: " + known);
    assertEquals("THROTTLED in 1 min", known.get(6));
  }

  @Test
  void everyAttemptChecksExactlyOnePasswordWhateverTheEmailAndPause() {
    String here = address();
    String known = account("timed");
    String unknown = unknownEmail();
    for (String email : List.of(known, unknown)) {
      for (int i = 0; i < 7; i++) {
        long before = CountingPasswordHashing.checks();
        signIn.attempt(email, "wrong " + i, here);
        assertEquals(
            1,
            CountingPasswordHashing.checks() - before,
            "attempt " + (i + 1) + " for " + (email.equals(known) ? "a known" : "an unknown"));
      }
    }
    long before = CountingPasswordHashing.checks();
    signIn.attempt("not even an email", "x", here);
    assertEquals(1, CountingPasswordHashing.checks() - before, "an email that cannot exist");
  }

  @Test
  void theJoinPageIsThrottledTheSameWayAndNeverHoldsUpTheRoom() {
    String room = address();
    String guesser = unknownEmail();
    List<Class<?>> refusals = new ArrayList<>();
    for (int i = 0; i < 6; i++) {
      refusals.add(
          assertThrows(
                  Refusal.class,
                  () -> joinRequests.request("WRONG234", guesser, "G", Language.EN, RIGHT, room))
              .getClass());
    }
    assertEquals(Refusal.class, refusals.get(3));
    assertEquals(JoinPaused.class, refusals.get(5), "paused after five refused joins");
    JoinPaused paused =
        assertInstanceOf(
            JoinPaused.class,
            assertThrows(
                Refusal.class,
                () -> joinRequests.request("WRONG234", guesser, "G", Language.EN, RIGHT, room)));
    assertEquals("join.throttled", paused.messageKey());
    assertTrue(paused.minutes() >= 1 && paused.minutes() <= 2, "in minutes: " + paused.minutes());

    // Someone else in the same room who mistypes the code gets the plain answer.
    Refusal other =
        assertThrows(
            Refusal.class,
            () -> joinRequests.request("WRONG234", unknownEmail(), "H", Language.EN, RIGHT, room));
    assertEquals("join.unknownCode", other.messageKey());
  }

  /** Seven wrong passwords, each answer written as the page would tell it. */
  private List<String> answers(String email, String address) {
    List<String> answers = new ArrayList<>();
    for (int i = 0; i < 7; i++) {
      SignInResult result = signIn.attempt(email, "wrong " + i, address);
      if (result.outcome() == Outcome.THROTTLED) {
        assertNotNull(result.retryAfter());
        long minutes =
            org.pawprints.identity.application.SignInThrottle.minutesLeft(
                result.retryAfter(), java.time.Instant.now());
        answers.add("THROTTLED in " + minutes + " min");
      } else {
        answers.add(result.outcome().name());
      }
    }
    return answers;
  }

  private String account(String who) {
    String email = who + "-" + UUID.randomUUID() + "@pawprints.test";
    accounts.create(email, who, Language.EN, RIGHT, Set.of(Role.PARTICIPANT));
    return email;
  }

  private static String unknownEmail() {
    return "nobody-" + UUID.randomUUID() + "@pawprints.test";
  }

  /** A fresh client address for each use: tests never share a throttle by accident. */
  private static String address() {
    int n = NEXT_ADDRESS.getAndIncrement();
    return "198.51." + (n / 250) + "." + (n % 250 + 1) + "-" + UUID.randomUUID();
  }
}
