package org.pawprints.curriculum.content.domain;

import java.util.List;

/**
 * Module content that breaks the format or its rules. Nothing of it is stored: at startup this
 * stops the application, naming each file and problem.
 */
public class InvalidModuleContentException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  private final List<String> problems;

  public InvalidModuleContentException(List<String> problems) {
    super(
        "Module content is invalid, so none of it was stored ("
            + problems.size()
            + (problems.size() == 1 ? " problem" : " problems")
            + "):\n  "
            + String.join("\n  ", problems));
    this.problems = List.copyOf(problems);
  }

  /** Each problem, starting with the file or version it was found in. */
  public List<String> getProblems() {
    return problems;
  }
}
