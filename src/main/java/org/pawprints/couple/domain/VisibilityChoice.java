package org.pawprints.couple.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.time.Instant;
import java.util.Objects;

/**
 * An author's choice of who may see their answer to one exercise. Keyed like the answer, not by its
 * id, so it can be chosen before anything is typed and survives a withdraw. Without a row, the
 * exercise's default applies ({@link Visibility#defaultFor}).
 */
@Entity
@Table(name = "answer_visibility")
@IdClass(VisibilityChoice.Key.class)
@NamedQuery(
    name = "VisibilityChoice.inModule",
    query = "SELECT v FROM VisibilityChoice v WHERE v.stepSlug = :step AND v.personId IN :people")
public class VisibilityChoice {

  @Id
  @Column(name = "person_id")
  private long personId;

  @Id
  @Column(name = "step_slug", length = 80)
  private String stepSlug;

  @Id
  @Column(name = "exercise_id", length = 80)
  private String exerciseId;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 20)
  private Visibility visibility;

  @Column(name = "updated_at", nullable = false)
  private Instant updatedAt;

  protected VisibilityChoice() {}

  public VisibilityChoice(
      long personId, String stepSlug, String exerciseId, Visibility visibility) {
    this.personId = personId;
    this.stepSlug = stepSlug;
    this.exerciseId = exerciseId;
    change(visibility);
  }

  public final void change(Visibility chosen) {
    this.visibility = chosen;
    this.updatedAt = Instant.now();
  }

  public long getPersonId() {
    return personId;
  }

  public String getExerciseId() {
    return exerciseId;
  }

  public Visibility getVisibility() {
    return visibility;
  }

  /** The composite key: one choice per person and exercise. */
  public static class Key implements Serializable {
    private static final long serialVersionUID = 1L;
    private long personId;
    private String stepSlug;
    private String exerciseId;

    public Key() {}

    public Key(long personId, String stepSlug, String exerciseId) {
      this.personId = personId;
      this.stepSlug = stepSlug;
      this.exerciseId = exerciseId;
    }

    @Override
    public boolean equals(Object other) {
      return other instanceof Key k
          && k.personId == personId
          && Objects.equals(k.stepSlug, stepSlug)
          && Objects.equals(k.exerciseId, exerciseId);
    }

    @Override
    public int hashCode() {
      return Objects.hash(personId, stepSlug, exerciseId);
    }
  }
}
