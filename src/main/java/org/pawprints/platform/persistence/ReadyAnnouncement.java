package org.pawprints.platform.persistence;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import java.util.logging.Logger;
import org.pawprints.platform.config.PawprintsConfig;

/** Tells the person who started Pawprints where to open it, once the schema is ready. */
@Startup
@Singleton
@DependsOn("DatabaseMigrations")
public class ReadyAnnouncement {

  private static final Logger LOG = Logger.getLogger(ReadyAnnouncement.class.getName());

  @PostConstruct
  void announce() {
    int port = PawprintsConfig.current().port();
    LOG.info(() -> "Pawprints is ready at http://localhost:" + port + "/");
  }
}
