package org.pawprints.platform.health;

import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServlet;
import java.net.URI;
import java.util.logging.Logger;
import org.eclipse.microprofile.health.Readiness;
import org.pawprints.platform.config.PawprintsConfig;

/**
 * Tells the person who started Pawprints where to open it, once pages serve. It is a servlet with
 * no mapping, loaded after the Faces servlet (web.xml, load-on-startup 2): servlets are initialised
 * last in a web module's start, after the startup singletons and the Faces and PrimeFaces setup.
 * That is not yet the moment a page answers: the server maps the module's address only after its
 * servlets are initialised, and on a busy machine a page asked for in between gets 404. So the
 * announcement (the log line and /health/ready) waits, off the start-up thread, until Pawprints'
 * own sign-in page answers ({@link FirstPageProbe}).
 */
public class ReadyAnnouncement extends HttpServlet {

  private static final long serialVersionUID = 1L;
  private static final Logger LOG = Logger.getLogger(ReadyAnnouncement.class.getName());

  // @Readiness is a qualifier: the check has no @Default bean type.
  @Inject @Readiness transient PagesReadiness readiness;

  @Resource transient ManagedExecutorService executor;

  @Override
  public void init() {
    int port = PawprintsConfig.current().port();
    if (!Boolean.getBoolean("pawprints.ready.probe.off")) {
      URI page = FirstPageProbe.signInPage(port, getServletContext().getContextPath());
      executor.execute(() -> announceWhen(new FirstPageProbe(page).awaitAnswer(), port));
    } else {
      // In-container tests run on a random port the configuration does not know.
      announceWhen(true, port);
    }
  }

  private void announceWhen(boolean answered, int port) {
    readiness.pagesServe();
    if (answered) {
      LOG.info(() -> "Pawprints is ready at http://localhost:" + port + "/");
    } else {
      LOG.warning(
          () ->
              "Pawprints started, but its sign-in page did not answer on port "
                  + port
                  + " within "
                  + FirstPageProbe.PATIENCE
                  + "; try http://localhost:"
                  + port
                  + "/");
    }
  }
}
