package org.pawprints.cohort.application;

import java.time.Instant;
import java.util.List;
import org.pawprints.cohort.domain.InvitationState;

/**
 * Who is in a cohort, as its facilitators may see it: couples, solo participants and invitations
 * with their states. Names, states and last activity only: never anything a participant wrote.
 */
public record Roster(
    List<CoupleRow> couples, List<PersonRow> solos, List<InvitationRow> invitations) {

  public List<CoupleRow> getCouples() {
    return couples;
  }

  public List<PersonRow> getSolos() {
    return solos;
  }

  public List<InvitationRow> getInvitations() {
    return invitations;
  }

  /** A participant; {@code lastActivity} is their last sign-in for now. */
  public record PersonRow(long id, String name, String email, Instant lastActivity) {
    public long getId() {
      return id;
    }

    public String getName() {
      return name;
    }

    public String getEmail() {
      return email;
    }

    public Instant getLastActivity() {
      return lastActivity;
    }
  }

  public record CoupleRow(long id, PersonRow first, PersonRow second) {
    public long getId() {
      return id;
    }

    public PersonRow getFirst() {
      return first;
    }

    public PersonRow getSecond() {
      return second;
    }
  }

  public record InvitationRow(
      long id, String email, String name, InvitationState state, Instant sentAt, String partner) {
    public long getId() {
      return id;
    }

    public String getEmail() {
      return email;
    }

    public String getName() {
      return name;
    }

    public InvitationState getState() {
      return state;
    }

    public Instant getSentAt() {
      return sentAt;
    }

    /** The email of the pre-paired partner's invitation, when there is one. */
    public String getPartner() {
      return partner;
    }

    public boolean isResendable() {
      return state != InvitationState.ACCEPTED;
    }

    public boolean isRevocable() {
      return state == InvitationState.SENT || state == InvitationState.OPENED;
    }
  }
}
