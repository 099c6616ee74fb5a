package org.pawprints.outcomes.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.Duration;
import java.time.Instant;

/**
 * The follow-up invitation mailed to one member of one cohort. Only the SHA-256 of its secret is
 * stored; the secret goes out in the mail and nowhere else. It works for its owner only, once,
 * until it expires ({@link #LIFETIME} after it was sent).
 */
@Entity
@Table(name = "outcome_follow_up_link")
@NamedQuery(
    name = "FollowUpLink.byHash",
    query = "SELECT l FROM FollowUpLink l WHERE l.tokenHash = :hash")
@NamedQuery(
    name = "FollowUpLink.sentTo",
    query = "SELECT l.personId FROM FollowUpLink l WHERE l.cohortId = :cohort")
public class FollowUpLink {

  public static final Duration LIFETIME = Duration.ofDays(Waves.FOLLOW_UP_OPEN_DAYS);

  @Id
  @SequenceGenerator(
      name = "outcome_follow_up_link_seq",
      sequenceName = "outcome_follow_up_link_seq",
      allocationSize = 50)
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "outcome_follow_up_link_seq")
  private Long id;

  @Column(name = "token_hash", nullable = false, unique = true, length = 64)
  private String tokenHash;

  @Column(name = "person_id", nullable = false)
  private long personId;

  @Column(name = "cohort_id", nullable = false)
  private long cohortId;

  @Column(name = "created_at", nullable = false)
  private Instant createdAt;

  @Column(name = "expires_at", nullable = false)
  private Instant expiresAt;

  @Column(name = "used_at")
  private Instant usedAt;

  protected FollowUpLink() {}

  public FollowUpLink(String tokenHash, long personId, long cohortId, Instant now) {
    this.tokenHash = tokenHash;
    this.personId = personId;
    this.cohortId = cohortId;
    this.createdAt = now;
    this.expiresAt = now.plus(LIFETIME);
  }

  public boolean isUsableAt(Instant now) {
    return usedAt == null && expiresAt.isAfter(now);
  }

  public boolean isUsed() {
    return usedAt != null;
  }

  public boolean belongsTo(long person) {
    return personId == person;
  }

  public void use(Instant now) {
    usedAt = now;
  }

  public long getPersonId() {
    return personId;
  }

  public long getCohortId() {
    return cohortId;
  }

  public Instant getExpiresAt() {
    return expiresAt;
  }
}
