package org.pawprints.couple.application;

import java.io.Serializable;
import java.time.Instant;

/**
 * Where I stand in one of my cohorts: my partner (name only), or my open invitation to them. Never
 * the code's hash, never anything my partner wrote. Getters, because pages read it (EL cannot read
 * record components).
 */
public record MyPairing(
    long cohortId,
    String cohortName,
    boolean archived,
    String timeZone,
    Long partnerId,
    String partnerName,
    OpenInvitation invitation,
    PartnerState state,
    String invitedEmail)
    implements Serializable {

  /** Where my partner stands, for the card's one plain sentence. */
  public PartnerState getState() {
    return state;
  }

  /** The address my partner was invited at, when an invitation is waiting. */
  public String getInvitedEmail() {
    return invitedEmail;
  }

  public long getCohortId() {
    return cohortId;
  }

  public String getCohortName() {
    return cohortName;
  }

  public boolean isArchived() {
    return archived;
  }

  /** The cohort's time zone, in which expiry dates are shown. */
  public String getTimeZone() {
    return timeZone;
  }

  public boolean isPaired() {
    return partnerId != null;
  }

  public String getPartnerName() {
    return partnerName;
  }

  /** The first word of the partner's name, for a warm, short greeting. */
  public String getPartnerFirstName() {
    return firstName(partnerName);
  }

  public OpenInvitation getInvitation() {
    return invitation;
  }

  public boolean isInvitationOpen() {
    return invitation != null;
  }

  static String firstName(String name) {
    if (name == null || name.isBlank()) {
      return name;
    }
    return name.strip().split("\\s+", 2)[0];
  }

  /**
   * My open invitation: a code and its link (possibly also mailed to {@code email}), or an
   * invitation into the cohort mailed to {@code email} (no code).
   */
  public record OpenInvitation(String code, String link, String email, Instant expiresAt)
      implements Serializable {

    public String getCode() {
      return code;
    }

    public String getLink() {
      return link;
    }

    public String getEmail() {
      return email;
    }

    public Instant getExpiresAt() {
      return expiresAt;
    }

    public boolean isHasCode() {
      return code != null;
    }
  }
}
