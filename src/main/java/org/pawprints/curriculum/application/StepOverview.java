package org.pawprints.curriculum.application;

/**
 * A step as a page shows it, in one language. A class with getters rather than a record because
 * Expression Language 5 cannot read record components.
 */
public final class StepOverview {

  private final int number;
  private final String slug;
  private final String title;
  private final String summary;

  public StepOverview(int number, String slug, String title, String summary) {
    this.number = number;
    this.slug = slug;
    this.title = title;
    this.summary = summary;
  }

  public int getNumber() {
    return number;
  }

  public String getSlug() {
    return slug;
  }

  public String getTitle() {
    return title;
  }

  public String getSummary() {
    return summary;
  }
}
