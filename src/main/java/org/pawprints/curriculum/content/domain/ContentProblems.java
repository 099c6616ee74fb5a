package org.pawprints.curriculum.content.domain;

import java.util.ArrayList;
import java.util.List;

/**
 * The problems found in one or more content documents, each naming its source (a file or a
 * version). Collected rather than thrown one by one, so that a writer sees every problem at once.
 */
public final class ContentProblems {

  private final List<String> problems = new ArrayList<>();

  public void add(String source, String problem) {
    problems.add(source + ": " + problem);
  }

  public void addAll(String source, List<String> found) {
    found.forEach(problem -> add(source, problem));
  }

  public void addAll(ContentProblems other) {
    problems.addAll(other.problems);
  }

  public boolean isEmpty() {
    return problems.isEmpty();
  }

  public List<String> list() {
    return List.copyOf(problems);
  }

  /** Throws when any problem was found, listing all of them. */
  public void throwIfAny() {
    if (!problems.isEmpty()) {
      throw new InvalidModuleContentException(problems);
    }
  }
}
