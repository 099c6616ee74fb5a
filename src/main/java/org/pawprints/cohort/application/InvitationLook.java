package org.pawprints.cohort.application;

import java.io.Serializable;
import org.pawprints.cohort.domain.InvitationState;
import org.pawprints.platform.i18n.Language;

/**
 * What the holder of an invitation link may learn: whether it can still be used and, when it can,
 * the cohort's name, the invited address, whether that address already has an account, and the
 * partner a CSV named for it ({@code preparedPartner}, or null): accepting is consenting to pair.
 */
public record InvitationLook(
    InvitationState state,
    String cohortName,
    String email,
    String suggestedName,
    Language language,
    boolean hasAccount,
    String preparedPartner)
    implements Serializable {

  /** A link that matches no invitation at all reads like a used one: nothing more to learn. */
  public static final InvitationLook UNKNOWN =
      new InvitationLook(InvitationState.REVOKED, null, null, null, null, false, null);

  public boolean usable() {
    return state == InvitationState.SENT || state == InvitationState.OPENED;
  }
}
