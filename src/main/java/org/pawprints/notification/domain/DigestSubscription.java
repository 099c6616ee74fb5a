package org.pawprints.notification.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * One person's choice about the weekly email digest, and the last week it was sent. No row means
 * the person never chose: the digest is off by default.
 */
@Entity
@Table(name = "notification_digest")
@NamedQuery(
    name = "DigestSubscription.dueFor",
    query =
        "SELECT d.personId FROM DigestSubscription d WHERE d.subscribed = TRUE"
            + " AND (d.lastSentWeek IS NULL OR d.lastSentWeek <> :week) ORDER BY d.personId")
@NamedQuery(
    name = "DigestSubscription.claimWeek",
    query =
        "UPDATE DigestSubscription d SET d.lastSentWeek = :week WHERE d.personId = :person"
            + " AND d.subscribed = TRUE AND (d.lastSentWeek IS NULL OR d.lastSentWeek <> :week)")
public class DigestSubscription {

  @Id
  @Column(name = "person_id")
  private Long personId;

  @Column(nullable = false)
  private boolean subscribed;

  @Column(name = "last_sent_week", length = 10)
  private String lastSentWeek;

  @Column(name = "updated_at", nullable = false)
  private Instant updatedAt;

  protected DigestSubscription() {}

  public DigestSubscription(long personId, boolean subscribed, Instant now) {
    this.personId = personId;
    this.subscribed = subscribed;
    this.updatedAt = now;
  }

  public void choose(boolean subscribed, Instant now) {
    this.subscribed = subscribed;
    this.updatedAt = now;
  }

  public Long getPersonId() {
    return personId;
  }

  public boolean isSubscribed() {
    return subscribed;
  }

  public String getLastSentWeek() {
    return lastSentWeek;
  }

  public Instant getUpdatedAt() {
    return updatedAt;
  }
}
