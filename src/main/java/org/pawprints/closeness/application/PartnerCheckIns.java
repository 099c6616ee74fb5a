package org.pawprints.closeness.application;

import java.io.Serializable;
import java.util.List;

/** My partner's check-ins as I may see them: none unless they share, and never their notes. */
public final class PartnerCheckIns implements Serializable {

  private static final long serialVersionUID = 1L;

  private final PartnerSharing sharing;
  private final List<CheckInView> checkIns;

  PartnerCheckIns(PartnerSharing sharing, List<CheckInView> checkIns) {
    this.sharing = sharing;
    this.checkIns = List.copyOf(checkIns);
  }

  public PartnerSharing getSharing() {
    return sharing;
  }

  public boolean isShared() {
    return sharing == PartnerSharing.SHARED;
  }

  public List<CheckInView> getCheckIns() {
    return checkIns;
  }
}
