package org.pawprints.cohort.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Embeddable;
import java.time.Instant;
import org.pawprints.platform.persistence.InstantConverter;

/** A participant's place in a cohort, from the moment they joined. */
@Embeddable
public class Membership {

  @Column(name = "person_id", nullable = false)
  private Long personId;

  @Column(name = "joined_at", nullable = false)
  @Convert(converter = InstantConverter.class)
  private Instant joinedAt;

  protected Membership() {}

  public Membership(Long personId, Instant joinedAt) {
    this.personId = personId;
    this.joinedAt = joinedAt;
  }

  public Long getPersonId() {
    return personId;
  }

  public Instant getJoinedAt() {
    return joinedAt;
  }
}
