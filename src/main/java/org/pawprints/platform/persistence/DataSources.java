package org.pawprints.platform.persistence;

import jakarta.annotation.sql.DataSourceDefinition;
import jakarta.annotation.sql.DataSourceDefinitions;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * Declares the application's two data sources, both backed by {@link PawprintsDataSource}: the
 * transactional one that JPA uses, and a non-transactional one for Flyway, which manages its own
 * commits and must not run inside a JTA transaction.
 */
@DataSourceDefinitions({
  @DataSourceDefinition(
      name = DataSources.APP,
      className = "org.pawprints.platform.persistence.PawprintsDataSource",
      minPoolSize = 2,
      maxPoolSize = 32,
      // Checks pooled connections with JDBC 4's isValid, so that a database restart is survived
      // without errors reaching anyone. At most once every 5 s per connection: each check looks
      // the validation class up through the application's class loader, which holds one lock for
      // the whole server, and checking at every use made page requests queue on that lock.
      properties = {
        "fish.payara.is-connection-validation-required=true",
        "fish.payara.connection-validation-method=custom-validation",
        "fish.payara.validation-classname="
            + "org.glassfish.api.jdbc.validation.JDBC40ConnectionValidation",
        "fish.payara.validate-atmost-once-period-in-seconds=5",
        // Every connection of the pool has the same credentials, so there is nothing to match; a
        // data source defined by annotation matches by default, and matching reads the pool's
        // credentials under one lock for the whole pool at every use: page requests queued on it.
        "fish.payara.match-connections=false"
      }),
  @DataSourceDefinition(
      name = DataSources.MIGRATIONS,
      className = "org.pawprints.platform.persistence.PawprintsDataSource",
      transactional = false,
      minPoolSize = 0,
      maxPoolSize = 2)
})
@ApplicationScoped
public class DataSources {

  public static final String APP = "java:app/jdbc/pawprints";
  public static final String MIGRATIONS = "java:app/jdbc/pawprintsMigrations";
}
