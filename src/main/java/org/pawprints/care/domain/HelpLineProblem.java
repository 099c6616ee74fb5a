package org.pawprints.care.domain;

/**
 * One thing wrong with a help entry draft: which field ({@code nameEn}, {@code phone}, ...) and the
 * message key that says how to fix it, with its arguments.
 */
public record HelpLineProblem(String field, String messageKey, Object... arguments) {

  public HelpLineProblem {
    arguments = arguments.clone();
  }

  @Override
  public Object[] arguments() {
    return arguments.clone();
  }
}
