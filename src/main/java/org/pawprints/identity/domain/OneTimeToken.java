package org.pawprints.identity.domain;

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
import java.time.Instant;

/**
 * A single-use secret sent in a link. Only its SHA-256 hash is stored, so a copy of the database
 * cannot be used to sign in or reset a password.
 */
@Entity
@Table(name = "one_time_token")
@NamedQuery(
    name = "OneTimeToken.findByHash",
    query = "SELECT t FROM OneTimeToken t WHERE t.tokenHash = :hash AND t.purpose = :purpose")
// Two queries, not one with "(t.personId = :person OR :person IS NULL)": PostgreSQL cannot tell
// the type of a null parameter and refuses the statement ("bigint = character varying").
@NamedQuery(
    name = "OneTimeToken.retireUnused",
    query =
        "UPDATE OneTimeToken t SET t.usedAt = :now WHERE t.purpose = :purpose"
            + " AND t.usedAt IS NULL")
@NamedQuery(
    name = "OneTimeToken.retireUnusedOf",
    query =
        "UPDATE OneTimeToken t SET t.usedAt = :now WHERE t.purpose = :purpose"
            + " AND t.usedAt IS NULL AND t.personId = :person")
public class OneTimeToken {

  @Id
  @SequenceGenerator(
      name = "one_time_token_seq",
      sequenceName = "one_time_token_seq",
      allocationSize = 50)
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "one_time_token_seq")
  private Long id;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 30)
  private TokenPurpose purpose;

  @Column(name = "token_hash", nullable = false, unique = true, length = 64)
  private String tokenHash;

  @Column(name = "person_id")
  private Long personId;

  @Column(name = "created_at", nullable = false)
  private Instant createdAt;

  @Column(name = "expires_at", nullable = false)
  private Instant expiresAt;

  @Column(name = "used_at")
  private Instant usedAt;

  protected OneTimeToken() {}

  public OneTimeToken(TokenPurpose purpose, String tokenHash, Long personId, Instant now) {
    this.purpose = purpose;
    this.tokenHash = tokenHash;
    this.personId = personId;
    this.createdAt = now;
    this.expiresAt = now.plus(purpose.lifetime());
  }

  public Long getPersonId() {
    return personId;
  }

  public boolean isUsableAt(Instant now) {
    return usedAt == null && expiresAt.isAfter(now);
  }

  public boolean isUsed() {
    return usedAt != null;
  }

  public void use(Instant now) {
    this.usedAt = now;
  }
}
