package org.pawprints.care.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** That the safety check was offered to this person at their first sign-in: never again unasked. */
@Entity
@Table(name = "care_safety_offer")
public class SafetyOffer {

  @Id
  @Column(name = "person_id")
  private Long personId;

  @Column(name = "offered_at", nullable = false)
  private Instant offeredAt;

  protected SafetyOffer() {}

  public SafetyOffer(long personId, Instant offeredAt) {
    this.personId = personId;
    this.offeredAt = offeredAt;
  }
}
