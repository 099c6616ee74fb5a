package org.pawprints.platform.health;

import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServlet;
import java.util.logging.Logger;
import org.eclipse.microprofile.health.Readiness;
import org.pawprints.platform.config.PawprintsConfig;

/**
 * Tells the person who started Pawprints where to open it, once pages serve. It is a servlet with
 * no mapping, loaded after the Faces servlet (web.xml, load-on-startup 2): servlets are initialised
 * last in a web module's start, after the startup singletons and the Faces and PrimeFaces setup, so
 * this is the first moment a page can be answered.
 */
public class ReadyAnnouncement extends HttpServlet {

  private static final long serialVersionUID = 1L;
  private static final Logger LOG = Logger.getLogger(ReadyAnnouncement.class.getName());

  // @Readiness is a qualifier: the check has no @Default bean type.
  @Inject @Readiness transient PagesReadiness readiness;

  @Override
  public void init() {
    readiness.pagesServe();
    int port = PawprintsConfig.current().port();
    LOG.info(() -> "Pawprints is ready at http://localhost:" + port + "/");
  }
}
