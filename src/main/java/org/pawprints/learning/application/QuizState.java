package org.pawprints.learning.application;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.pawprints.learning.domain.QuizAttempt;
import org.pawprints.learning.domain.QuizResponse;

/**
 * Where I stand in one module's quiz, as read at one moment: my attempts, newest first, and the
 * responses given in the latest one. The quiz page reads it once per request.
 */
public record QuizState(List<QuizAttempt> attempts, List<QuizResponse> latestResponses) {

  public QuizState {
    attempts = List.copyOf(attempts);
    latestResponses = List.copyOf(latestResponses);
  }

  public Optional<QuizAttempt> latest() {
    return attempts.stream().findFirst();
  }

  public Set<String> answeredIds() {
    return latestResponses.stream().map(QuizResponse::getQuestionId).collect(Collectors.toSet());
  }

  public Optional<QuizResponse> response(String questionId) {
    return latestResponses.stream().filter(r -> r.getQuestionId().equals(questionId)).findFirst();
  }
}
