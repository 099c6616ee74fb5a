package org.pawprints.couple.domain;

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
import jakarta.persistence.Version;
import java.time.Instant;

/** One partner's reaction to the other's revealed answer. One per giver and exercise. */
@Entity
@Table(name = "reaction")
@NamedQuery(
    name = "Reaction.given",
    query =
        "SELECT r FROM Reaction r WHERE r.personId = :person AND r.stepSlug = :step"
            + " AND r.exerciseId = :exercise")
public class Reaction {

  @Id
  @SequenceGenerator(name = "reaction_seq", sequenceName = "reaction_seq", allocationSize = 50)
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "reaction_seq")
  private Long id;

  @Column(name = "person_id", nullable = false)
  private long personId;

  @Column(name = "to_person_id", nullable = false)
  private long toPersonId;

  @Column(name = "step_slug", nullable = false, length = 80)
  private String stepSlug;

  @Column(name = "exercise_id", nullable = false, length = 80)
  private String exerciseId;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 20)
  private ReactionKind kind;

  @Column(name = "created_at", nullable = false)
  private Instant createdAt;

  @Column(name = "updated_at", nullable = false)
  private Instant updatedAt;

  @Version private long version;

  protected Reaction() {}

  public Reaction(
      long personId, long toPersonId, String stepSlug, String exerciseId, ReactionKind kind) {
    this.personId = personId;
    this.toPersonId = toPersonId;
    this.stepSlug = stepSlug;
    this.exerciseId = exerciseId;
    this.kind = kind;
    this.createdAt = Instant.now();
    this.updatedAt = createdAt;
  }

  /** Changes the reaction; returns whether it is now different. */
  public boolean change(long to, ReactionKind chosen) {
    boolean changed = chosen != kind || to != toPersonId;
    toPersonId = to;
    kind = chosen;
    if (changed) {
      updatedAt = Instant.now();
    }
    return changed;
  }

  public long getPersonId() {
    return personId;
  }

  public long getToPersonId() {
    return toPersonId;
  }

  public ReactionKind getKind() {
    return kind;
  }
}
