package org.pawprints.curriculum;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.annotation.Resource;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.SQLException;
import java.util.List;
import javax.sql.DataSource;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.pawprints.curriculum.application.StepCatalog;
import org.pawprints.curriculum.application.StepOverview;
import org.pawprints.platform.i18n.Language;
import org.pawprints.platform.persistence.DataSources;
import org.pawprints.platform.persistence.DatabaseMigrations;
import org.pawprints.testing.PawprintsDeployment;

/** Inside Payara Micro: the steps come through JPA from the migrated database. */
@ExtendWith(ArquillianExtension.class)
class StepCatalogIT {

  @Deployment
  static WebArchive deployment() {
    return PawprintsDeployment.withTests(StepCatalogIT.class);
  }

  @Inject StepCatalog catalog;
  @Inject DatabaseMigrations migrations;

  @Resource(lookup = DataSources.APP)
  DataSource dataSource;

  @Test
  void migrationsRanBeforeAnythingElse() {
    assertTrue(migrations.isComplete());
  }

  @Test
  void sevenStepsInOrderInEnglish() {
    List<StepOverview> steps = catalog.steps(Language.EN);
    assertEquals(7, steps.size());
    for (int i = 0; i < steps.size(); i++) {
      assertEquals(i + 1, steps.get(i).getNumber());
    }
    assertEquals("gentle-start-up", steps.get(0).getSlug());
    assertEquals("course-corrections", steps.get(6).getSlug());
    assertEquals("Repair early and gently", steps.get(3).getTitle());
  }

  @Test
  void sameStepsInFrench() {
    StepOverview repair = catalog.step("repair", Language.FR).orElseThrow();
    assertEquals(4, repair.getNumber());
    assertEquals("Réparer tôt et en douceur", repair.getTitle());
  }

  @Test
  void unknownOrHostileSlugsFindNothing() {
    assertTrue(catalog.step("no-such-step", Language.EN).isEmpty());
    assertTrue(catalog.step("' OR 1=1 --", Language.EN).isEmpty());
    assertTrue(catalog.step("x".repeat(10_000), Language.EN).isEmpty());
    assertTrue(catalog.step(null, Language.EN).isEmpty());
  }

  /**
   * The database's driver is the one the WAR bundles, not Payara's own H2: the embedded default's
   * H2 2.5, or PostgreSQL's driver when Pawprints runs on it (docs/postgresql.md).
   */
  @Test
  void theBundledDriverWinsOverTheServersOwn() throws SQLException {
    try (Connection connection = dataSource.getConnection()) {
      DatabaseMetaData database = connection.getMetaData();
      String bundled = "H2".equals(database.getDatabaseProductName()) ? "2.5." : "42.7.";
      assertTrue(database.getDriverVersion().startsWith(bundled), database.getDriverVersion());
    }
  }
}
