package org.pawprints.cohort.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Embeddable;
import java.time.Instant;
import org.pawprints.platform.persistence.InstantConverter;

/** A step whose module a facilitator has opened for a facilitator-paced cohort. */
@Embeddable
public class OpenedStep {

  @Column(name = "step_slug", nullable = false, length = 100)
  private String stepSlug;

  @Column(name = "opened_at", nullable = false)
  @Convert(converter = InstantConverter.class)
  private Instant openedAt;

  protected OpenedStep() {}

  public OpenedStep(String stepSlug, Instant openedAt) {
    this.stepSlug = stepSlug;
    this.openedAt = openedAt;
  }

  public String getStepSlug() {
    return stepSlug;
  }

  public Instant getOpenedAt() {
    return openedAt;
  }
}
