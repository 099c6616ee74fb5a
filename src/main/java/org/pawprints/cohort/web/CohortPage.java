package org.pawprints.cohort.web;

import jakarta.enterprise.event.Observes;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serializable;
import java.util.List;
import org.pawprints.cohort.application.CohortPacing;
import org.pawprints.cohort.application.Cohorts;
import org.pawprints.cohort.application.Invitations;
import org.pawprints.cohort.application.JoinCodes;
import org.pawprints.cohort.application.Roster;
import org.pawprints.cohort.application.RosterChanged;
import org.pawprints.cohort.application.Rosters;
import org.pawprints.cohort.domain.Cohort;
import org.pawprints.cohort.domain.Pacing;
import org.pawprints.curriculum.application.StepCatalog;
import org.pawprints.curriculum.application.StepOverview;
import org.pawprints.identity.application.AccessDeniedException;
import org.pawprints.identity.application.PublicAddress;
import org.pawprints.platform.refusal.Refusal;
import org.pawprints.platform.web.CurrentLanguage;
import org.pawprints.platform.web.FacesPages;
import org.pawprints.platform.web.Feedback;

/**
 * A cohort's page for its administrators and facilitators: the roster (couples, solo participants,
 * invitations and their states), inviting by email, resending and revoking, and opening modules in
 * a facilitator-paced cohort.
 */
@Named
@ViewScoped
public class CohortPage implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject transient Cohorts cohorts;
  @Inject transient Rosters rosters;
  @Inject transient Invitations invitations;
  @Inject transient CohortPacing pacing;
  @Inject transient JoinCodes joinCodes;
  @Inject transient StepCatalog steps;
  @Inject transient Feedback feedback;
  @Inject transient CurrentLanguage language;

  private Long id;
  private String base;
  private transient Cohort cohort;
  private transient Roster roster;
  private String inviteEmail;
  private String inviteName;
  private String partnerEmail;
  private Long revoking;
  private String partnerName;
  private String codeQuestion;

  public void load() throws IOException {
    base = FacesPages.underAdmin() ? "/admin" : "/facilitate";
    if (id == null) {
      FacesPages.notFound();
      return;
    }
    try {
      cohort = cohorts.get(id);
    } catch (AccessDeniedException denied) {
      FacesPages.forbidden();
      return;
    } catch (Refusal unknown) {
      FacesPages.notFound();
    }
  }

  public Cohort getCohort() {
    if (cohort == null && id != null) {
      cohort = cohorts.get(id);
    }
    return cohort;
  }

  public Roster getRoster() {
    if (roster == null && id != null) {
      roster = rosters.of(id);
    }
    return roster;
  }

  public boolean isFacilitatorPaced() {
    return getCohort() != null && getCohort().getPacing() == Pacing.FACILITATOR_PACED;
  }

  public List<StepOverview> getSteps() {
    return steps.steps(language.getLanguage());
  }

  public boolean isOpened(String slug) {
    return getCohort().isStepOpened(slug);
  }

  /** One person, or a couple in one go when a partner's address is given (issue 13). */
  public void invite() {
    boolean couple = partnerEmail != null && !partnerEmail.isBlank();
    Runnable send =
        couple
            ? () ->
                invitations.inviteCouple(
                    id,
                    inviteEmail,
                    inviteName,
                    partnerEmail,
                    partnerName,
                    FacesPages.clientAddress())
            : () ->
                invitations.invite(id, inviteEmail, inviteName, null, FacesPages.clientAddress());
    if (!feedback.attempt(send)) {
      return;
    }
    if (couple) {
      feedback.info("invitation.coupleSent", inviteEmail.strip(), partnerEmail.strip());
    } else {
      feedback.info("invitation.sent", inviteEmail.strip());
    }
    inviteEmail = null;
    inviteName = null;
    partnerEmail = null;
    partnerName = null;
    reload();
  }

  public void resend(long invitationId) {
    if (!feedback.attempt(() -> invitations.resend(invitationId, FacesPages.clientAddress()))) {
      return;
    }
    feedback.info("invitation.resent");
    reload();
  }

  /** Revoking asks first (issue 13): the link stops working at once. */
  public void askRevoke(long invitationId) {
    revoking = invitationId;
  }

  public void cancelRevoke() {
    revoking = null;
  }

  public boolean isRevoking(long invitationId) {
    return revoking != null && revoking == invitationId;
  }

  public void revoke() {
    if (revoking == null) {
      return;
    }
    long invitationId = revoking;
    revoking = null;
    if (!feedback.attempt(() -> invitations.revoke(invitationId, FacesPages.clientAddress()))) {
      return;
    }
    feedback.info("invitation.revoked");
    reload();
  }

  public void openStep(String slug) {
    if (!feedback.attempt(() -> pacing.open(id, slug, FacesPages.clientAddress()))) {
      return;
    }
    feedback.info("cohort.stepOpened");
    reload();
  }

  /**
   * A new code, or none, stops the code the group was given: the page asks first ({@code RENEW} or
   * {@code OFF}; null closes the question).
   */
  public void askAboutCode(String question) {
    codeQuestion = "RENEW".equals(question) || "OFF".equals(question) ? question : null;
  }

  /** Without a code, turns one on; with one, asks before replacing it. */
  public void turnOnOrAskToRenew() {
    String code = getCohort().getJoinCode();
    if (code == null || code.isBlank()) {
      renewJoinCode();
    } else {
      askAboutCode("RENEW");
    }
  }

  public String getCodeQuestion() {
    return codeQuestion;
  }

  public void renewJoinCode() {
    codeQuestion = null;
    if (!feedback.attempt(() -> joinCodes.renew(id, FacesPages.clientAddress()))) {
      return;
    }
    feedback.info("join.codeOn");
    reload();
  }

  public void turnOffJoinCode() {
    codeQuestion = null;
    if (!feedback.attempt(() -> joinCodes.turnOff(id, FacesPages.clientAddress()))) {
      return;
    }
    feedback.info("join.codeOff");
    reload();
  }

  /** Another feature changed this roster (pairing, for one): show it fresh. */
  void rosterChanged(@Observes RosterChanged changed) {
    if (id != null && id == changed.cohortId()) {
      reload();
    }
  }

  /**
   * Shows the page again with fresh data and the message. No redirect: the flash that would carry
   * the message across one proved unreliable on this large page, and every action here is safe to
   * repeat (a second invitation to the same address is refused as a duplicate).
   */
  private void reload() {
    cohort = null;
    roster = null;
  }

  public String getBase() {
    return base;
  }

  /** The full address to give the group with the join code: a bare path means nothing to them. */
  public String getJoinAddress() {
    return PublicAddress.link("/join.xhtml");
  }

  public Long getId() {
    return id;
  }

  public void setId(Long id) {
    this.id = id;
  }

  public String getInviteEmail() {
    return inviteEmail;
  }

  public void setInviteEmail(String inviteEmail) {
    this.inviteEmail = inviteEmail;
  }

  public String getPartnerEmail() {
    return partnerEmail;
  }

  public void setPartnerEmail(String partnerEmail) {
    this.partnerEmail = partnerEmail;
  }

  public String getPartnerName() {
    return partnerName;
  }

  public void setPartnerName(String partnerName) {
    this.partnerName = partnerName;
  }

  public String getInviteName() {
    return inviteName;
  }

  public void setInviteName(String inviteName) {
    this.inviteName = inviteName;
  }
}
