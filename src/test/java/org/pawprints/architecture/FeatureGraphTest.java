package org.pawprints.architecture;

import static com.tngtech.archunit.core.domain.JavaClass.Predicates.belongToAnyOf;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;
import org.pawprints.identity.web.CurrentUser;
import org.pawprints.identity.web.NewAccountForm;
import org.pawprints.identity.web.SessionSignIn;
import org.pawprints.identity.web.SignOut;

/**
 * The shape of the code that docs/architecture.md draws: features depend in one direction, a domain
 * knows nothing of services or pages, and one feature's pages never reach into another's. A feature
 * that needs to add to another's page or export offers an interface or an event that the other
 * collects.
 */
@AnalyzeClasses(packages = "org.pawprints", importOptions = ImportOption.DoNotIncludeTests.class)
class FeatureGraphTest {

  @ArchTest
  static final ArchRule featuresDependInOneDirection =
      slices()
          .matching("org.pawprints.(*)..")
          .namingSlices("feature $1")
          .should()
          .beFreeOfCycles()
          .because("a feature that needs another's help offers an interface it collects");

  @ArchTest
  static final ArchRule aDomainKnowsNoServicesOrPages =
      noClasses()
          .that()
          .resideInAPackage("..domain..")
          .should()
          .dependOnClassesThat()
          .resideInAnyPackage("..application..", "..web..");

  /**
   * Pages of one feature use other features' services, never their pages. Two exceptions, both the
   * signed-in person's own page parts from identity, which every feature's pages share: who is
   * signed in ({@code CurrentUser}) and the new-account fields of the join and invitation pages
   * ({@code NewAccountForm}), and signing in a person who has just chosen their password, or
   * filling in their address on the sign-in form ({@code SessionSignIn}), and its counterpart,
   * signing out ({@code SignOut}, which care's quick exit uses). Platform's page helpers (messages,
   * redirects) are for everyone.
   */
  @ArchTest
  static final ArchRule pagesNeverReachIntoAnotherFeaturesPages =
      slices()
          .matching("org.pawprints.(*).web..")
          .namingSlices("pages of $1")
          .should()
          .notDependOnEachOther()
          .ignoreDependency(
              resideInAPackage("org.pawprints.*.web.."),
              resideInAPackage("org.pawprints.platform.."))
          .ignoreDependency(
              resideInAPackage("org.pawprints.*.web.."),
              belongToAnyOf(
                  CurrentUser.class, NewAccountForm.class, SessionSignIn.class, SignOut.class));
}
