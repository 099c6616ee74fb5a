package org.pawprints.live.plan;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.inject.Inject;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.pawprints.curriculum.application.StepCatalog;
import org.pawprints.curriculum.application.StepOverview;
import org.pawprints.platform.i18n.Language;

/** Inside Payara Micro: the catalogue is a CDI bean that finds a plan for each program step. */
@ExtendWith(ArquillianExtension.class)
class SessionPlansIT {

  @Deployment
  static WebArchive deployment() {
    return org.pawprints.testing.PawprintsDeployment.withTests(SessionPlansIT.class);
  }

  @Inject SessionPlans plans;
  @Inject StepCatalog steps;

  @Test
  void everyStepOfTheProgramHasItsPlanInBothLanguages() {
    assertEquals(14, plans.all().size());
    for (StepOverview step : steps.steps(Language.EN)) {
      for (Language language : Language.values()) {
        SessionPlan plan = plans.plan(step.getSlug(), language).orElseThrow();
        assertEquals(language, plan.language());
        assertTrue(plan.totalMinutes() >= 60 && plan.totalMinutes() <= 90);
      }
    }
  }

  @Test
  void aStepThatIsNotInTheProgramHasNoPlan() {
    assertTrue(plans.plan("no-such-step", Language.EN).isEmpty());
  }
}
