package org.pawprints.live.plan;

import java.util.List;

/**
 * A default session plan file that cannot be used, with every problem found, each starting with the
 * file it is in. The files ship with the application, so this is a packaging error for the people
 * who write them, never something a participant sees.
 */
public class InvalidSessionPlanException extends IllegalStateException {

  private static final long serialVersionUID = 1L;

  private final List<String> problems;

  public InvalidSessionPlanException(List<String> problems) {
    super("The default session plans have problems:\n  " + String.join("\n  ", problems));
    this.problems = List.copyOf(problems);
  }

  public List<String> problems() {
    return problems;
  }
}
