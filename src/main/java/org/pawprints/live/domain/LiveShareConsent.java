package org.pawprints.live.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.Instant;

/** One partner's yes to the exact text (fingerprint) they previewed; withdrawn by deleting it. */
@Entity
@Table(name = "live_share_consent")
@NamedQuery(
    name = "LiveShareConsent.ofShare",
    query = "SELECT c FROM LiveShareConsent c WHERE c.shareId = :share")
public class LiveShareConsent {

  @Id
  @SequenceGenerator(
      name = "live_share_consent_seq",
      sequenceName = "live_couple_seq",
      allocationSize = 50)
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "live_share_consent_seq")
  private Long id;

  @Column(name = "share_id", nullable = false)
  private Long shareId;

  @Column(name = "person_id", nullable = false)
  private Long personId;

  @Column(nullable = false, length = 64)
  private String fingerprint;

  @Column(name = "given_at", nullable = false)
  private Instant givenAt;

  protected LiveShareConsent() {}

  public LiveShareConsent(long shareId, long personId, String fingerprint, Instant now) {
    this.shareId = shareId;
    this.personId = personId;
    this.fingerprint = fingerprint;
    this.givenAt = now;
  }

  public Long getPersonId() {
    return personId;
  }

  public String getFingerprint() {
    return fingerprint;
  }
}
