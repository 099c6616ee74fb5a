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
import java.time.Duration;
import java.time.Instant;
import org.pawprints.platform.i18n.Language;
import org.pawprints.platform.refusal.Refusal;

/**
 * A sign-up with a cohort's join code, waiting for the person to open the link mailed to the
 * address they typed: only then are the account and the membership created (issue #10, rule 2). The
 * link's secret is stored as its hash; the request works once and expires after {@link #LIFETIME}.
 */
@Entity
@Table(name = "join_request")
@NamedQuery(
    name = "JoinRequest.byTokenHash",
    query = "SELECT r FROM JoinRequest r WHERE r.tokenHash = :hash")
public class JoinRequest {

  public static final Duration LIFETIME = Duration.ofHours(24);

  @Id
  @SequenceGenerator(
      name = "join_request_seq",
      sequenceName = "join_request_seq",
      allocationSize = 50)
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "join_request_seq")
  private Long id;

  @Column(name = "cohort_id", nullable = false)
  private Long cohortId;

  @Column(nullable = false)
  private String email;

  @Column(name = "display_name", nullable = false)
  private String displayName;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false)
  private Language language;

  @Column(name = "password_hash", nullable = false)
  private String passwordHash;

  @Column(name = "token_hash", nullable = false)
  private String tokenHash;

  @Column(name = "created_at", nullable = false)
  private Instant createdAt;

  @Column(name = "expires_at", nullable = false)
  private Instant expiresAt;

  @Column(name = "confirmed_at")
  private Instant confirmedAt;

  protected JoinRequest() {}

  public JoinRequest(
      long cohortId,
      String email,
      String displayName,
      Language language,
      String passwordHash,
      String tokenHash,
      Instant now) {
    this.cohortId = cohortId;
    this.email = email;
    this.displayName = displayName;
    this.language = language;
    this.passwordHash = passwordHash;
    this.tokenHash = tokenHash;
    this.createdAt = now;
    this.expiresAt = now.plus(LIFETIME);
  }

  public boolean isUsableAt(Instant now) {
    return confirmedAt == null && now.isBefore(expiresAt);
  }

  public void confirm(Instant now) {
    if (!isUsableAt(now)) {
      throw new Refusal("joinRequest.notUsable");
    }
    this.confirmedAt = now;
  }

  public Long getCohortId() {
    return cohortId;
  }

  public String getEmail() {
    return email;
  }

  public String getDisplayName() {
    return displayName;
  }

  public Language getLanguage() {
    return language;
  }

  public String getPasswordHash() {
    return passwordHash;
  }
}
