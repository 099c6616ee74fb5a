package org.pawprints.care.nudge.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * One person's choice about nudges by email. No row means they never chose: nudges then come in the
 * app only, because a mail in a shared inbox is seen by more than the person it is for.
 */
@Entity
@Table(name = "care_nudge_email")
public class NudgeEmailChoice {

  @Id
  @Column(name = "person_id")
  private Long personId;

  @Column(name = "by_email", nullable = false)
  private boolean byEmail;

  @Column(name = "updated_at", nullable = false)
  private Instant updatedAt;

  protected NudgeEmailChoice() {}

  public NudgeEmailChoice(long personId, boolean byEmail, Instant now) {
    this.personId = personId;
    choose(byEmail, now);
  }

  public final void choose(boolean byEmail, Instant now) {
    this.byEmail = byEmail;
    this.updatedAt = now;
  }

  public Long getPersonId() {
    return personId;
  }

  public boolean isByEmail() {
    return byEmail;
  }
}
