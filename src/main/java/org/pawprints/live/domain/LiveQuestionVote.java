package org.pawprints.live.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;

/** One person's upvote of one question: at most one (a unique key). */
@Entity
@Table(name = "live_question_vote")
@NamedQuery(
    name = "LiveQuestionVote.counts",
    query =
        "SELECT v.questionId, COUNT(v) FROM LiveQuestionVote v, LiveQuestion q"
            + " WHERE v.questionId = q.id AND q.sessionId = :session GROUP BY v.questionId")
@NamedQuery(
    name = "LiveQuestionVote.mine",
    query =
        "SELECT v.questionId FROM LiveQuestionVote v, LiveQuestion q"
            + " WHERE v.questionId = q.id AND q.sessionId = :session AND v.personId = :person")
public class LiveQuestionVote {

  @Id
  @SequenceGenerator(
      name = "live_question_vote_seq",
      sequenceName = "live_question_vote_seq",
      allocationSize = 50)
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "live_question_vote_seq")
  private Long id;

  @Column(name = "question_id", nullable = false)
  private Long questionId;

  @Column(name = "person_id", nullable = false)
  private Long personId;

  protected LiveQuestionVote() {}

  public LiveQuestionVote(long questionId, long personId) {
    this.questionId = questionId;
    this.personId = personId;
  }
}
