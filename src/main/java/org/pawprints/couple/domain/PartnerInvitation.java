package org.pawprints.couple.domain;

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

/**
 * A participant's invitation to their partner, in one cohort. Either a short code (also carried by
 * a personal link) for a partner who is already in the cohort, or a cohort invitation mailed to a
 * partner who is not, which pairs the two when accepted. Single use: accepted, revoked (a new code
 * or a cancellation) or expired, it pairs nobody.
 */
@Entity
@Table(name = "partner_invitation")
@NamedQuery(
    name = "PartnerInvitation.byCode",
    query = "SELECT p FROM PartnerInvitation p WHERE p.code = :code")
@NamedQuery(
    name = "PartnerInvitation.byCohortInvitation",
    query = "SELECT p FROM PartnerInvitation p WHERE p.cohortInvitationId = :invitation")
@NamedQuery(
    name = "PartnerInvitation.openOf",
    query =
        "SELECT p FROM PartnerInvitation p WHERE p.cohortId = :cohort AND p.inviterId = :inviter"
            + " AND p.state = :state"
            + " ORDER BY p.createdAt DESC, p.id DESC")
@NamedQuery(
    name = "PartnerInvitation.allOf",
    query =
        "SELECT p FROM PartnerInvitation p WHERE p.inviterId = :inviter"
            + " ORDER BY p.createdAt, p.id")
public class PartnerInvitation {

  /** How long a code and its link work. Short: it is meant for this week's partner, not a list. */
  public static final Duration CODE_LIFETIME = Duration.ofDays(7);

  @Id
  @SequenceGenerator(
      name = "partner_invitation_seq",
      sequenceName = "partner_invitation_seq",
      allocationSize = 50)
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "partner_invitation_seq")
  private Long id;

  @Column(name = "cohort_id", nullable = false)
  private Long cohortId;

  @Column(name = "inviter_id", nullable = false)
  private Long inviterId;

  @Column(length = 8, unique = true)
  private String code;

  @Column(length = 254)
  private String email;

  @Column(name = "cohort_invitation_id")
  private Long cohortInvitationId;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 10)
  private PartnerInvitationState state;

  @Column(name = "created_at", nullable = false)
  private Instant createdAt;

  @Column(name = "expires_at", nullable = false)
  private Instant expiresAt;

  @Column(name = "accepted_at")
  private Instant acceptedAt;

  @Column(name = "accepted_by")
  private Long acceptedBy;

  @Column(name = "revoked_at")
  private Instant revokedAt;

  @Version private long version;

  protected PartnerInvitation() {}

  private PartnerInvitation(long cohortId, long inviterId, Instant now, Instant expiresAt) {
    this.cohortId = cohortId;
    this.inviterId = inviterId;
    this.state = PartnerInvitationState.OPEN;
    this.createdAt = now;
    this.expiresAt = expiresAt;
  }

  /**
   * A code (and its link) for a partner already in the cohort; {@code email} when it was mailed.
   */
  public static PartnerInvitation byCode(
      long cohortId, long inviterId, String code, String email, Instant now) {
    PartnerInvitation invitation =
        new PartnerInvitation(cohortId, inviterId, now, now.plus(CODE_LIFETIME));
    invitation.code = code;
    invitation.email = email;
    return invitation;
  }

  /** A partner invited into the cohort by mail: lives as long as that invitation's link. */
  public static PartnerInvitation intoCohort(
      long cohortId,
      long inviterId,
      String email,
      long cohortInvitationId,
      Instant now,
      Instant expiresAt) {
    PartnerInvitation invitation = new PartnerInvitation(cohortId, inviterId, now, expiresAt);
    invitation.email = email;
    invitation.cohortInvitationId = cohortInvitationId;
    return invitation;
  }

  public PartnerInvitationState stateAt(Instant now) {
    if (state == PartnerInvitationState.OPEN && !expiresAt.isAfter(now)) {
      return PartnerInvitationState.EXPIRED;
    }
    return state;
  }

  public boolean isOpenAt(Instant now) {
    return stateAt(now) == PartnerInvitationState.OPEN;
  }

  public void accept(long personId, Instant now) {
    this.state = PartnerInvitationState.ACCEPTED;
    this.acceptedBy = personId;
    this.acceptedAt = now;
  }

  public void revoke(Instant now) {
    if (state == PartnerInvitationState.OPEN) {
      this.state = PartnerInvitationState.REVOKED;
      this.revokedAt = now;
    }
  }

  public Long getId() {
    return id;
  }

  public Long getCohortId() {
    return cohortId;
  }

  public Long getInviterId() {
    return inviterId;
  }

  public String getCode() {
    return code;
  }

  public String getEmail() {
    return email;
  }

  public Long getCohortInvitationId() {
    return cohortInvitationId;
  }

  public Instant getCreatedAt() {
    return createdAt;
  }

  public Instant getExpiresAt() {
    return expiresAt;
  }

  public Instant getAcceptedAt() {
    return acceptedAt;
  }

  public Long getAcceptedBy() {
    return acceptedBy;
  }
}
