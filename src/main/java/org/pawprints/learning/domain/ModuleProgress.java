package org.pawprints.learning.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.time.Instant;
import java.util.Objects;

/** Where a participant is in one module, and when they completed it. */
@Entity
@Table(name = "module_progress")
@IdClass(ModuleProgress.Key.class)
@NamedQuery(
    name = "ModuleProgress.mine",
    query = "SELECT p FROM ModuleProgress p WHERE p.personId = :person")
public class ModuleProgress {

  @Id
  @Column(name = "person_id")
  private long personId;

  @Id
  @Column(name = "step_slug", length = 80)
  private String stepSlug;

  @Column(name = "last_location", nullable = false, length = 100)
  private String lastLocation;

  @Column(name = "started_at", nullable = false)
  private Instant startedAt;

  @Column(name = "visited_at", nullable = false)
  private Instant visitedAt;

  @Column(name = "completed_at")
  private Instant completedAt;

  /** The furthest screen reached (1 for the first); 0 for progress recorded before it was kept. */
  @Column(name = "furthest_screen", nullable = false)
  private int furthestScreen;

  protected ModuleProgress() {}

  public ModuleProgress(long personId, String stepSlug, String location) {
    this.personId = personId;
    this.stepSlug = stepSlug;
    this.lastLocation = location;
    this.startedAt = Instant.now();
    this.visitedAt = startedAt;
  }

  public void visit(String location) {
    lastLocation = location;
    visitedAt = Instant.now();
  }

  /** Visits the screen at {@code location}, number {@code screen} (from 1) of the module. */
  public void visit(String location, int screen) {
    visit(location);
    furthestScreen = Math.max(furthestScreen, screen);
  }

  public int getFurthestScreen() {
    return furthestScreen;
  }

  public void complete() {
    if (completedAt == null) {
      completedAt = Instant.now();
    }
  }

  public String getStepSlug() {
    return stepSlug;
  }

  public String getLastLocation() {
    return lastLocation;
  }

  public Instant getVisitedAt() {
    return visitedAt;
  }

  public boolean isComplete() {
    return completedAt != null;
  }

  /** The composite key: one row per person and step. */
  public static class Key implements Serializable {
    private static final long serialVersionUID = 1L;
    private long personId;
    private String stepSlug;

    public Key() {}

    public Key(long personId, String stepSlug) {
      this.personId = personId;
      this.stepSlug = stepSlug;
    }

    @Override
    public boolean equals(Object other) {
      return other instanceof Key k
          && k.personId == personId
          && Objects.equals(k.stepSlug, stepSlug);
    }

    @Override
    public int hashCode() {
      return Objects.hash(personId, stepSlug);
    }
  }
}
