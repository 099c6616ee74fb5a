package org.pawprints.identity.application;

import java.time.Instant;
import org.pawprints.identity.domain.Person;

/** How a sign-in attempt ended. The page shows the same words for every kind of wrong. */
public record SignInResult(Outcome outcome, Person person, Instant retryAfter) {

  public enum Outcome {
    SIGNED_IN,
    /** Wrong email, wrong password, deactivated account: deliberately indistinguishable. */
    REFUSED,
    /** Too many failures for this account or from this address; wait or reset the password. */
    THROTTLED
  }

  static SignInResult signedIn(Person person) {
    return new SignInResult(Outcome.SIGNED_IN, person, null);
  }

  static SignInResult refused() {
    return new SignInResult(Outcome.REFUSED, null, null);
  }

  static SignInResult throttled(Instant retryAfter) {
    return new SignInResult(Outcome.THROTTLED, null, retryAfter);
  }
}
