package org.pawprints.closeness.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * A person's "share my check-ins with my partner" choice. Without a row, nothing is shared. It
 * covers all their check-ins, past and future, and turning it off hides them again.
 */
@Entity
@Table(name = "closeness_sharing")
public class ClosenessSharing {

  @Id
  @Column(name = "person_id")
  private Long personId;

  @Column(nullable = false)
  private boolean shared;

  @Column(name = "updated_at", nullable = false)
  private Instant updatedAt;

  protected ClosenessSharing() {}

  public ClosenessSharing(long personId, boolean shared) {
    this.personId = personId;
    this.shared = shared;
    this.updatedAt = Instant.now();
  }

  public void choose(boolean share) {
    this.shared = share;
    this.updatedAt = Instant.now();
  }

  public long getPersonId() {
    return personId;
  }

  public boolean isShared() {
    return shared;
  }

  public Instant getUpdatedAt() {
    return updatedAt;
  }
}
