package org.pawprints.outcomes.domain;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * One person's answers at one wave of one cohort, with the version they were given. Once per
 * person, cohort and wave (a unique key), and final: a pre/post measure is not re-taken.
 */
@Entity
@Table(name = "outcome_response")
@NamedQuery(
    name = "Response.of",
    query =
        "SELECT r FROM Response r WHERE r.personId = :person AND r.cohortId = :cohort"
            + " AND r.wave = :wave")
@NamedQuery(
    name = "Response.ofCohort",
    query = "SELECT r FROM Response r WHERE r.cohortId = :cohort")
@NamedQuery(
    name = "Response.ofPerson",
    query = "SELECT r FROM Response r WHERE r.personId = :person ORDER BY r.answeredAt")
public class Response {

  @Id
  @SequenceGenerator(
      name = "outcome_response_seq",
      sequenceName = "outcome_response_seq",
      allocationSize = 50)
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "outcome_response_seq")
  private Long id;

  @Column(name = "person_id", nullable = false)
  private long personId;

  @Column(name = "cohort_id", nullable = false)
  private long cohortId;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 12)
  private Wave wave;

  @Column(name = "item_set_id", nullable = false)
  private long itemSetId;

  @Column(name = "answered_at", nullable = false)
  private Instant answeredAt;

  @ElementCollection(fetch = FetchType.EAGER)
  @CollectionTable(name = "outcome_answer", joinColumns = @JoinColumn(name = "response_id"))
  @OrderColumn(name = "position")
  @Column(name = "answer", nullable = false)
  private List<Integer> answers = new ArrayList<>();

  protected Response() {}

  public Response(
      long personId, long cohortId, Wave wave, long itemSetId, List<Integer> answers, Instant now) {
    this.personId = personId;
    this.cohortId = cohortId;
    this.wave = wave;
    this.itemSetId = itemSetId;
    this.answers.addAll(answers);
    this.answeredAt = now;
  }

  public Long getId() {
    return id;
  }

  public long getPersonId() {
    return personId;
  }

  public long getCohortId() {
    return cohortId;
  }

  public Wave getWave() {
    return wave;
  }

  public long getItemSetId() {
    return itemSetId;
  }

  public Instant getAnsweredAt() {
    return answeredAt;
  }

  /** The answers in item order (the first statement's answer first). */
  public List<Integer> getAnswers() {
    return List.copyOf(answers);
  }
}
