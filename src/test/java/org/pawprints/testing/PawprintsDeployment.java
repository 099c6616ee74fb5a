package org.pawprints.testing;

import java.io.File;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.spec.WebArchive;

/**
 * The archive every in-container test deploys: the real WAR that {@code mvn package} built, plus
 * the test classes. Deploying the real WAR keeps descriptors, migrations and libraries exactly as
 * in production, and needs no list of classes kept by hand.
 */
public final class PawprintsDeployment {

  private PawprintsDeployment() {}

  public static WebArchive withTests(Class<?>... testClasses) {
    File war = new File(System.getProperty("pawprints.war", "target/pawprints.war"));
    return ShrinkWrap.createFromZipFile(WebArchive.class, war)
        .addClasses(PawprintsDeployment.class, Seed.class, SentMail.class)
        .addClasses(testClasses);
  }
}
