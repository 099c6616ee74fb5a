package org.pawprints.platform.health;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.SQLException;
import javax.sql.DataSource;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;
import org.pawprints.platform.persistence.DataSources;
import org.pawprints.platform.persistence.DatabaseMigrations;

/** Ready only once the migrations have run and the database answers. */
@Readiness
@ApplicationScoped
public class DatabaseReadiness implements HealthCheck {

  private static final int VALIDATION_TIMEOUT_SECONDS = 2;

  @Inject DatabaseMigrations migrations;

  @Resource(lookup = DataSources.APP)
  DataSource dataSource;

  @Override
  public HealthCheckResponse call() {
    boolean migrated = migrations.isComplete();
    boolean answers = migrated && databaseAnswers();
    return HealthCheckResponse.named("database")
        .status(migrated && answers)
        .withData("migrated", migrated)
        .withData("answers", answers)
        .build();
  }

  private boolean databaseAnswers() {
    try (Connection connection = dataSource.getConnection()) {
      return connection.isValid(VALIDATION_TIMEOUT_SECONDS);
    } catch (SQLException e) {
      return false;
    }
  }
}
