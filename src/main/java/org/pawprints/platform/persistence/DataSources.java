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
      // Checks each pooled connection with JDBC 4's isValid, so that a database restart is
      // survived without errors reaching anyone.
      properties = {
        "fish.payara.is-connection-validation-required=true",
        "fish.payara.connection-validation-method=custom-validation",
        "fish.payara.validation-classname="
            + "org.glassfish.api.jdbc.validation.JDBC40ConnectionValidation"
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
