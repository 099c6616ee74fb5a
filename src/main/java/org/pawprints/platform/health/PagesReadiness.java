package org.pawprints.platform.health;

import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;

/**
 * Ready only once the web module has started, Faces included. The startup singletons (migrations,
 * module content, first administrator) finish before the web module starts, and until it has, every
 * page answers 500 with an empty body: readiness waits for {@link ReadyAnnouncement}.
 */
@Readiness
@ApplicationScoped
public class PagesReadiness implements HealthCheck {

  private volatile boolean serving;

  void pagesServe() {
    serving = true;
  }

  @Override
  public HealthCheckResponse call() {
    return HealthCheckResponse.named("pages").status(serving).build();
  }
}
