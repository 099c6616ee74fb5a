package org.pawprints.care.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.EnumMap;
import java.util.Map;

/**
 * A person's latest private safety check: one answer code per {@link SafetyQuestion}, and whether
 * they asked that a facilitator check in with them privately. Answering again replaces it. Only its
 * author reads it; nothing about it is logged.
 */
@Entity
@Table(name = "care_safety_check")
public class SafetyCheck {

  @Id
  @Column(name = "person_id")
  private Long personId;

  @Column(name = "safe_at_home", nullable = false, length = 20)
  private String safeAtHome;

  @Column(name = "free_to_speak", nullable = false, length = 20)
  private String freeToSpeak;

  @Column(nullable = false, length = 20)
  private String afraid;

  @Column(name = "together_ok", nullable = false, length = 20)
  private String togetherOk;

  @Column(name = "ask_check_in", nullable = false)
  private boolean askCheckIn;

  @Column(name = "answered_at", nullable = false)
  private Instant answeredAt;

  @Version private long version;

  protected SafetyCheck() {}

  public SafetyCheck(long personId) {
    this.personId = personId;
  }

  /** The answers, checked by the caller against {@link SafetyQuestion#allows}. */
  public void answer(Map<SafetyQuestion, String> answers, boolean askCheckIn, Instant at) {
    safeAtHome = answers.get(SafetyQuestion.SAFE_AT_HOME);
    freeToSpeak = answers.get(SafetyQuestion.FREE_TO_SPEAK);
    afraid = answers.get(SafetyQuestion.AFRAID);
    togetherOk = answers.get(SafetyQuestion.TOGETHER_OK);
    this.askCheckIn = askCheckIn;
    this.answeredAt = at;
  }

  public Map<SafetyQuestion, String> answers() {
    Map<SafetyQuestion, String> answers = new EnumMap<>(SafetyQuestion.class);
    answers.put(SafetyQuestion.SAFE_AT_HOME, safeAtHome);
    answers.put(SafetyQuestion.FREE_TO_SPEAK, freeToSpeak);
    answers.put(SafetyQuestion.AFRAID, afraid);
    answers.put(SafetyQuestion.TOGETHER_OK, togetherOk);
    return answers;
  }

  /** Whether any answer is one that calls for help to be shown now. */
  public boolean isConcern() {
    return answers().entrySet().stream().anyMatch(a -> a.getKey().isConcern(a.getValue()));
  }

  public boolean isAskCheckIn() {
    return askCheckIn;
  }

  public Instant getAnsweredAt() {
    return answeredAt;
  }

  public long getPersonId() {
    return personId;
  }
}
