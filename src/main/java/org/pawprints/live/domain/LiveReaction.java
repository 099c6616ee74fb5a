package org.pawprints.live.domain;

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

/** One reaction to a slide; no words, and no page shows who sent it. */
@Entity
@Table(name = "live_reaction")
@NamedQuery(
    name = "LiveReaction.counts",
    query =
        "SELECT r.kind, COUNT(r) FROM LiveReaction r WHERE r.activityId = :activity"
            + " GROUP BY r.kind")
@NamedQuery(
    name = "LiveReaction.mineSince",
    query =
        "SELECT COUNT(r) FROM LiveReaction r WHERE r.sessionId = :session"
            + " AND r.personId = :person AND r.reactedAt > :since")
public class LiveReaction {

  @Id
  @SequenceGenerator(
      name = "live_reaction_seq",
      sequenceName = "live_reaction_seq",
      allocationSize = 50)
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "live_reaction_seq")
  private Long id;

  @Column(name = "session_id", nullable = false)
  private Long sessionId;

  @Column(name = "activity_id", nullable = false)
  private Long activityId;

  @Column(name = "person_id", nullable = false)
  private Long personId;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 12)
  private ReactionKind kind;

  @Column(name = "reacted_at", nullable = false)
  private Instant reactedAt;

  protected LiveReaction() {}

  public LiveReaction(
      long sessionId, long activityId, long personId, ReactionKind kind, Instant now) {
    this.sessionId = sessionId;
    this.activityId = activityId;
    this.personId = personId;
    this.kind = kind;
    this.reactedAt = now;
  }
}
