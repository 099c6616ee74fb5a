package org.pawprints.identity.application;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.inject.Inject;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.Config;
import org.eclipse.microprofile.config.ConfigProvider;
import org.pawprints.platform.refusal.Refusal;

/**
 * At startup, while there is no administrator: creates one from the environment when
 * PAWPRINTS_ADMIN_EMAIL and PAWPRINTS_ADMIN_PASSWORD are set, or writes a one-time setup link to
 * the log (valid 24 hours; each start issues a new one).
 */
@Startup
@Singleton
@DependsOn("DatabaseMigrations")
public class FirstAdminAtStartup {

  private static final Logger LOG = Logger.getLogger(FirstAdminAtStartup.class.getName());

  @Inject FirstAdmin firstAdmin;

  @PostConstruct
  void ensureAnAdministratorCanExist() {
    if (!firstAdmin.isNeeded()) {
      return;
    }
    Config config = ConfigProvider.getConfig(FirstAdminAtStartup.class.getClassLoader());
    Optional<String> email = config.getOptionalValue("pawprints.admin.email", String.class);
    Optional<String> password = config.getOptionalValue("pawprints.admin.password", String.class);
    if (email.isPresent() && password.isPresent()) {
      try {
        firstAdmin.createFromEnvironment(email.get(), password.get());
        LOG.info("Created the first administrator from PAWPRINTS_ADMIN_EMAIL.");
        return;
      } catch (Refusal problem) {
        LOG.log(
            Level.WARNING,
            "PAWPRINTS_ADMIN_EMAIL/PASSWORD not usable ({0}); falling back to a setup link.",
            problem.messageKey());
      }
    }
    String link = PublicAddress.link("/setup.xhtml?token=" + firstAdmin.issueSetupLink());
    LOG.warning(
        () ->
            "No administrator yet. To create the first one, open this one-time link within 24"
                + " hours: "
                + link);
  }
}
