package org.pawprints.couple.application;

import java.io.Serializable;
import org.pawprints.couple.domain.PartnerInvitationState;

/**
 * What a signed-in person holding a partner code may learn before accepting: whether it can be used
 * and, only when it can and they are in the same cohort, who invites them and where.
 */
public record PairLook(PartnerInvitationState state, String inviterName, String cohortName)
    implements Serializable {

  static final PairLook NOTHING = new PairLook(null, null, null);

  public boolean isKnown() {
    return inviterName != null;
  }

  public String getInviterName() {
    return inviterName;
  }

  public String getCohortName() {
    return cohortName;
  }
}
