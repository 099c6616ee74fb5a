package org.pawprints.privacy;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.UserTransaction;
import java.util.List;
import java.util.Set;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.pawprints.administration.application.PeopleDirectory;
import org.pawprints.administration.application.PeopleDirectory.Filter;
import org.pawprints.administration.application.PeopleDirectory.SortBy;
import org.pawprints.cohort.application.Cohorts;
import org.pawprints.cohort.application.Rosters;
import org.pawprints.identity.application.AccessDeniedException;
import org.pawprints.identity.application.Accounts;
import org.pawprints.identity.domain.Person;
import org.pawprints.identity.domain.Role;
import org.pawprints.testing.ActingAs;
import org.pawprints.testing.PawprintsDeployment;
import org.pawprints.testing.Seed;

/**
 * Rule 4 of issue 10, roles take effect at once: a role that was taken away cannot be used from a
 * page (a session) that was opened with it, not even to give it back; a role change or a pause ends
 * the person's sessions. {@link ActingAs} plays the old, still-open session: it keeps saying the
 * person holds the role, as the session's principal would.
 */
@ExtendWith(ArquillianExtension.class)
class RoleChangeIT {

  @Deployment
  static WebArchive deployment() {
    return PawprintsDeployment.withTests(RoleChangeIT.class, ActingAs.class);
  }

  @Inject Accounts accounts;
  @Inject PeopleDirectory directory;
  @Inject Cohorts cohorts;
  @Inject Rosters rosters;
  @Inject UserTransaction tx;
  @PersistenceContext EntityManager em;

  private Seed.TwoCouples cast;
  private long bea;

  @BeforeEach
  void aCohortWithItsFacilitatorAndTwoAdministrators() throws Exception {
    tx.begin();
    cast = Seed.twoCouples(em, "Role change test", "America/Toronto", "EN");
    bea = Seed.person(em, "bea", Role.ADMIN);
    tx.commit();
  }

  @AfterEach
  void nobody() {
    ActingAs.anonymous();
  }

  @Test
  void anAdministratorWhoseRoleWasRevokedCannotGrantItBackFromAnOpenPage() {
    ActingAs.person(bea, Role.ADMIN);
    accounts.revoke(cast.ada(), Role.ADMIN, "t");

    // Ada's page was opened while she was an administrator: her session still says ADMIN.
    ActingAs.person(cast.ada(), Role.ADMIN);
    assertThrows(
        AccessDeniedException.class, () -> accounts.grant(cast.ada(), Role.ADMIN, "t"), "grant");
    assertThrows(
        AccessDeniedException.class, () -> accounts.revoke(bea, Role.ADMIN, "t"), "revoke Bea");
    assertThrows(
        AccessDeniedException.class,
        () -> directory.search(Filter.ALL, SortBy.NAME, false, 0, 10),
        "the people list");
    assertFalse(roles(cast.ada()).contains(Role.ADMIN));
    assertTrue(roles(bea).contains(Role.ADMIN));
  }

  @Test
  void aFacilitatorWhoseRoleWasRevokedLosesTheirCohortAtOnce() {
    ActingAs.person(cast.fran(), Role.FACILITATOR);
    assertEquals(1, cohorts.visible(false).size());
    assertDoesNotThrow(() -> rosters.of(cast.cohort()));

    ActingAs.person(cast.ada(), Role.ADMIN);
    accounts.revoke(cast.fran(), Role.FACILITATOR, "t");

    ActingAs.person(cast.fran(), Role.FACILITATOR);
    assertEquals(List.of(), cohorts.visible(false));
    assertThrows(AccessDeniedException.class, () -> rosters.of(cast.cohort()));
    assertThrows(AccessDeniedException.class, () -> cohorts.get(cast.cohort()));
  }

  @Test
  void aPausedAdministratorCanDoNothingFromAnOpenPage() {
    ActingAs.person(bea, Role.ADMIN);
    accounts.deactivate(cast.ada(), "t");

    ActingAs.person(cast.ada(), Role.ADMIN);
    assertThrows(AccessDeniedException.class, () -> accounts.reactivate(cast.ada(), "t"));
    assertThrows(AccessDeniedException.class, () -> accounts.grant(cast.alex(), Role.ADMIN, "t"));
  }

  @Test
  void grantingOrRevokingARoleEndsThePersonsSessions() {
    ActingAs.person(cast.ada(), Role.ADMIN);
    int opened = version(cast.alex());
    assertTrue(accounts.sessionStillValid(cast.alex(), opened));

    accounts.grant(cast.alex(), Role.FACILITATOR, "t");
    assertFalse(accounts.sessionStillValid(cast.alex(), opened), "ended by the grant");

    int afterGrant = version(cast.alex());
    accounts.revoke(cast.alex(), Role.FACILITATOR, "t");
    assertFalse(accounts.sessionStillValid(cast.alex(), afterGrant), "ended by the revoke");

    int unchanged = version(cast.alex());
    accounts.revoke(cast.alex(), Role.FACILITATOR, "t");
    assertTrue(
        accounts.sessionStillValid(cast.alex(), unchanged),
        "revoking a role not held is no change");
  }

  @Test
  void pausingEndsTheSessionsAndReactivatingDoesNotBringThemBack() {
    ActingAs.person(cast.ada(), Role.ADMIN);
    int opened = version(cast.blair());
    accounts.deactivate(cast.blair(), "t");
    assertFalse(accounts.sessionStillValid(cast.blair(), opened));
    accounts.reactivate(cast.blair(), "t");
    assertFalse(accounts.sessionStillValid(cast.blair(), opened), "the old session stays ended");
    assertTrue(accounts.sessionStillValid(cast.blair(), version(cast.blair())));
  }

  private int version(long person) {
    return accounts.find(person).map(Person::getCredentialsVersion).orElseThrow();
  }

  private Set<Role> roles(long person) {
    return accounts.find(person).map(Person::getRoles).orElseThrow();
  }
}
