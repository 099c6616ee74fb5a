package org.pawprints.gesture.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * "My partner reached out and I turned toward": one logged moment. Private to its author unless
 * they let their partner see this one entry.
 */
@Entity
@Table(name = "bid")
@NamedQuery(
    name = "Bid.mine",
    query = "SELECT b FROM Bid b WHERE b.personId = :person ORDER BY b.loggedAt DESC, b.id DESC")
@NamedQuery(
    name = "Bid.sharedBy",
    query =
        "SELECT b FROM Bid b WHERE b.personId = :person AND b.partnerMaySee = TRUE"
            + " ORDER BY b.loggedAt DESC, b.id DESC")
@NamedQuery(
    name = "Bid.bySubmission",
    query = "SELECT b FROM Bid b WHERE b.personId = :person AND b.submission = :submission")
@NamedQuery(
    name = "Bid.countSince",
    query = "SELECT COUNT(b) FROM Bid b WHERE b.personId = :person AND b.loggedAt >= :since")
public class Bid {

  public static final int NOTE_MAX = 280;

  @Id
  @SequenceGenerator(name = "bid_seq", sequenceName = "bid_seq", allocationSize = 50)
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "bid_seq")
  private Long id;

  @Column(name = "person_id", nullable = false)
  private long personId;

  @Column(length = NOTE_MAX)
  private String note;

  @Column(name = "partner_may_see", nullable = false)
  private boolean partnerMaySee;

  @Column(name = "logged_at", nullable = false)
  private Instant loggedAt;

  @Column(nullable = false, length = 40)
  private String submission;

  protected Bid() {}

  public Bid(long personId, String note, boolean partnerMaySee, String submission, Instant now) {
    this.personId = personId;
    this.note = note;
    this.partnerMaySee = partnerMaySee;
    this.submission = submission;
    this.loggedAt = now;
  }

  public Long getId() {
    return id;
  }

  public long getPersonId() {
    return personId;
  }

  /** The optional short note, or null. */
  public String getNote() {
    return note;
  }

  public boolean isPartnerMaySee() {
    return partnerMaySee;
  }

  public Instant getLoggedAt() {
    return loggedAt;
  }
}
