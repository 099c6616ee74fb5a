package org.pawprints.platform.persistence;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import java.util.logging.Logger;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.output.MigrateResult;

/**
 * Brings the schema up to date with Flyway when the application starts, before anything touches
 * JPA. The schema belongs to the migrations in {@code db/migration}; JPA never generates it.
 */
@Startup
@Singleton
public class DatabaseMigrations {

  private static final Logger LOG = Logger.getLogger(DatabaseMigrations.class.getName());

  @Resource(lookup = DataSources.MIGRATIONS)
  private DataSource dataSource;

  private volatile boolean complete;

  @PostConstruct
  @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
  void migrate() {
    MigrateResult result =
        Flyway.configure(DatabaseMigrations.class.getClassLoader())
            .dataSource(dataSource)
            .locations("classpath:db/migration")
            .load()
            .migrate();
    LOG.info(
        () ->
            "Database schema at version "
                + result.targetSchemaVersion
                + " ("
                + result.migrationsExecuted
                + " migrations applied now)");
    complete = true;
  }

  /** True once the schema is current; readiness waits for it. */
  public boolean isComplete() {
    return complete;
  }
}
