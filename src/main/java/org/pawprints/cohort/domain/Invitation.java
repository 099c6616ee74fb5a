package org.pawprints.cohort.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import org.pawprints.identity.domain.EmailAddress;
import org.pawprints.platform.i18n.Language;
import org.pawprints.platform.refusal.Refusal;

/**
 * An invitation to join a cohort, mailed to an address with a single-use link. Only the SHA-256 of
 * the link's secret is kept; resending issues a new secret, so an older link stops working.
 *
 * <p>Pre-pairing: {@code pairedInvitationId} names the other invitation of the pre-paired couple
 * (the intended partner's). When both are accepted, the two people become a couple in the cohort.
 */
@Entity
@Table(name = "invitation")
@NamedQuery(
    name = "Invitation.findByHash",
    query = "SELECT i FROM Invitation i WHERE i.tokenHash = :hash")
@NamedQuery(
    name = "Invitation.ofCohort",
    query = "SELECT i FROM Invitation i WHERE i.cohortId = :cohort ORDER BY i.createdAt, i.id")
@NamedQuery(
    name = "Invitation.ofCohortAndEmail",
    query = "SELECT i FROM Invitation i WHERE i.cohortId = :cohort AND i.emailKey = :key")
public class Invitation {

  /** How long a link works after it was (re)sent. */
  public static final Duration LIFETIME = Duration.ofDays(14);

  @Id
  @SequenceGenerator(name = "invitation_seq", sequenceName = "invitation_seq", allocationSize = 50)
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "invitation_seq")
  private Long id;

  @Column(name = "cohort_id", nullable = false)
  private Long cohortId;

  @Column(nullable = false, length = EmailAddress.MAX_LENGTH)
  private String email;

  @Column(name = "email_key", nullable = false, length = EmailAddress.MAX_LENGTH)
  private String emailKey;

  @Column(name = "display_name", length = 100)
  private String displayName;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 2)
  private Language language;

  @Column(name = "token_hash", nullable = false, unique = true, length = 64)
  private String tokenHash;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 10)
  private InvitationState state;

  @Column(name = "paired_invitation_id")
  private Long pairedInvitationId;

  @Column(name = "invited_by")
  private Long invitedBy;

  @Column(name = "person_id")
  private Long personId;

  @Column(name = "created_at", nullable = false)
  private Instant createdAt;

  @Column(name = "sent_at", nullable = false)
  private Instant sentAt;

  @Column(name = "expires_at", nullable = false)
  private Instant expiresAt;

  @Column(name = "opened_at")
  private Instant openedAt;

  @Column(name = "accepted_at")
  private Instant acceptedAt;

  @Column(name = "revoked_at")
  private Instant revokedAt;

  @Version private long version;

  protected Invitation() {}

  public Invitation(
      long cohortId,
      String email,
      String displayName,
      Language language,
      String tokenHash,
      Long invitedBy,
      Instant now) {
    this.cohortId = cohortId;
    this.email = Objects.requireNonNull(email);
    this.emailKey = EmailAddress.key(email);
    this.displayName = displayName;
    this.language = Objects.requireNonNull(language);
    this.tokenHash = Objects.requireNonNull(tokenHash);
    this.invitedBy = invitedBy;
    this.state = InvitationState.SENT;
    this.createdAt = now;
    this.sentAt = now;
    this.expiresAt = now.plus(LIFETIME);
  }

  /** The state as a person would read it now: SENT or OPENED past expiry reads as EXPIRED. */
  public InvitationState stateAt(Instant now) {
    if ((state == InvitationState.SENT || state == InvitationState.OPENED)
        && !expiresAt.isAfter(now)) {
      return InvitationState.EXPIRED;
    }
    return state;
  }

  /** Whether the link can still be used to accept. */
  public boolean isPendingAt(Instant now) {
    InvitationState current = stateAt(now);
    return current == InvitationState.SENT || current == InvitationState.OPENED;
  }

  public void opened(Instant now) {
    if (state == InvitationState.SENT && isPendingAt(now)) {
      state = InvitationState.OPENED;
      openedAt = now;
    }
  }

  public void accept(long personId, Instant now) {
    if (!isPendingAt(now)) {
      throw new Refusal("invitation.notUsable");
    }
    this.state = InvitationState.ACCEPTED;
    this.personId = personId;
    this.acceptedAt = now;
  }

  public void revoke(Instant now) {
    if (state == InvitationState.ACCEPTED) {
      throw new Refusal("invitation.alreadyAccepted");
    }
    this.state = InvitationState.REVOKED;
    this.revokedAt = now;
  }

  /** A fresh link and expiry; a revoked or expired invitation becomes usable again. */
  public void resend(String newTokenHash, Instant now) {
    if (state == InvitationState.ACCEPTED) {
      throw new Refusal("invitation.alreadyAccepted");
    }
    this.tokenHash = Objects.requireNonNull(newTokenHash);
    this.state = InvitationState.SENT;
    this.sentAt = now;
    this.expiresAt = now.plus(LIFETIME);
    this.revokedAt = null;
  }

  public void pairWith(Long pairedInvitationId) {
    this.pairedInvitationId = pairedInvitationId;
  }

  public Long getId() {
    return id;
  }

  public Long getCohortId() {
    return cohortId;
  }

  public String getEmail() {
    return email;
  }

  public String getEmailKey() {
    return emailKey;
  }

  public String getDisplayName() {
    return displayName;
  }

  public Language getLanguage() {
    return language;
  }

  public Long getPairedInvitationId() {
    return pairedInvitationId;
  }

  public Long getPersonId() {
    return personId;
  }

  public Instant getSentAt() {
    return sentAt;
  }

  public Instant getExpiresAt() {
    return expiresAt;
  }

  public Instant getOpenedAt() {
    return openedAt;
  }

  public Instant getAcceptedAt() {
    return acceptedAt;
  }
}
