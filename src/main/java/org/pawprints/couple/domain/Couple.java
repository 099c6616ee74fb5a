package org.pawprints.couple.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.Instant;
import org.pawprints.platform.refusal.Refusal;

/**
 * Two participants paired in one cohort. The pair is unordered ({@code personA} is simply the one
 * who accepted first). A person is in at most one couple per cohort: the service checks it, and two
 * unique constraints make a second pairing fail in the database too. The cohort feature, below this
 * one, sees couples only through {@code cohort.application.RosterCouples}.
 */
@Entity
@Table(name = "couple")
@NamedQuery(
    name = "Couple.ofCohort",
    query = "SELECT c FROM Couple c WHERE c.cohortId = :cohort ORDER BY c.createdAt, c.id")
public class Couple {

  @Id
  @SequenceGenerator(name = "couple_seq", sequenceName = "couple_seq", allocationSize = 50)
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "couple_seq")
  private Long id;

  @Column(name = "cohort_id", nullable = false)
  private Long cohortId;

  @Column(name = "person_a", nullable = false)
  private Long personA;

  @Column(name = "person_b", nullable = false)
  private Long personB;

  @Column(name = "created_at", nullable = false)
  private Instant createdAt;

  protected Couple() {}

  public Couple(long cohortId, long personA, long personB, Instant now) {
    if (personA == personB) {
      throw new Refusal("couple.samePerson");
    }
    this.cohortId = cohortId;
    this.personA = personA;
    this.personB = personB;
    this.createdAt = now;
  }

  public boolean includes(long personId) {
    return personA == personId || personB == personId;
  }

  /** The other member of the couple. */
  public long partnerOf(long personId) {
    return personA == personId ? personB : personA;
  }

  public Long getId() {
    return id;
  }

  public Long getCohortId() {
    return cohortId;
  }

  public Long getPersonA() {
    return personA;
  }

  public Long getPersonB() {
    return personB;
  }
}
