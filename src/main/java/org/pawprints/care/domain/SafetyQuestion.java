package org.pawprints.care.domain;

import java.util.List;
import java.util.Set;

/**
 * The questions of the private safety check, in the order asked, each with its gentle answer
 * options (codes; the words are in the bundles, {@code safety.q.*} and {@code safety.a.*}) and the
 * options that count as a concern. Not a diagnosis: a concern only means "show help now, and offer
 * the quieter ways on". Every question may be left at "I'd rather not say", which is never a
 * concern.
 */
public enum SafetyQuestion {
  SAFE_AT_HOME(List.of("YES", "MOSTLY", "NOT_ALWAYS", "NO", "SKIP"), Set.of("NOT_ALWAYS", "NO")),
  FREE_TO_SPEAK(List.of("YES", "MOSTLY", "NOT_ALWAYS", "NO", "SKIP"), Set.of("NOT_ALWAYS", "NO")),
  AFRAID(List.of("NO", "NOT_SURE", "YES", "SKIP"), Set.of("NOT_SURE", "YES")),
  TOGETHER_OK(List.of("YES", "NOT_SURE", "NO", "SKIP"), Set.of("NO"));

  /** The answer of a question left untouched. */
  public static final String SKIP = "SKIP";

  private final List<String> options;
  private final Set<String> concerns;

  SafetyQuestion(List<String> options, Set<String> concerns) {
    this.options = options;
    this.concerns = concerns;
  }

  public List<String> options() {
    return options;
  }

  public boolean allows(String option) {
    return options.contains(option);
  }

  public boolean isConcern(String option) {
    return concerns.contains(option);
  }
}
