package org.pawprints.cohort.domain;

/**
 * A request about a cohort that cannot be carried out as asked; the key names a message in the
 * bundles (for example {@code cohort.full}), which the page shows in the person's language.
 */
public class CohortProblem extends RuntimeException {

  private static final long serialVersionUID = 1L;

  private final String messageKey;

  public CohortProblem(String messageKey) {
    super(messageKey);
    this.messageKey = messageKey;
  }

  public String messageKey() {
    return messageKey;
  }
}
