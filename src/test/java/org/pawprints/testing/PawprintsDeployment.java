package org.pawprints.testing;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.asset.FileAsset;
import org.jboss.shrinkwrap.api.spec.WebArchive;

/**
 * The archive every in-container test deploys: the real WAR that {@code mvn package} built, plus
 * the test classes. Deploying the real WAR keeps descriptors, migrations and libraries exactly as
 * in production, and needs no list of classes kept by hand.
 *
 * <p>It carries every test class of the build that can run inside the server, not only the ones
 * named: all in-container test classes of a run share one deployment ({@link SharedDeployment}), so
 * whichever class deploys first must bring the others along. A new {@code *IT} class needs nothing
 * more than {@code @Deployment static WebArchive deployment() { return
 * PawprintsDeployment.withTests(MyIT.class); }}.
 */
public final class PawprintsDeployment {

  /**
   * Libraries that only the test JVM has (the browser, its accessibility checker, the test mail
   * server, the Arquillian client): a class that uses one of them runs outside the server.
   */
  private static final List<String> OUTSIDE_ONLY =
      List.of(
          "com/microsoft/playwright/",
          "com/deque/",
          "com/icegreen/",
          "fish/payara/arquillian/",
          "org/jboss/arquillian/container/spi/");

  private PawprintsDeployment() {}

  public static WebArchive withTests(Class<?>... testClasses) {
    File war = new File(System.getProperty("pawprints.war", "target/pawprints.war"));
    WebArchive archive = ShrinkWrap.createFromZipFile(WebArchive.class, war);
    Path testClassesDir = testClassesDir();
    try (Stream<Path> files = Files.walk(testClassesDir)) {
      files
          .filter(f -> f.toString().endsWith(".class"))
          .filter(PawprintsDeployment::runsInsideTheServer)
          .forEach(
              f ->
                  archive.add(
                      new FileAsset(f.toFile()),
                      "WEB-INF/classes/"
                          + testClassesDir
                              .relativize(f)
                              .toString()
                              .replace(File.separatorChar, '/')));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return archive.addClasses(testClasses);
  }

  private static Path testClassesDir() {
    try {
      return Path.of(
          PawprintsDeployment.class.getProtectionDomain().getCodeSource().getLocation().toURI());
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }

  /** Class files name the classes they use as plain text (constant pool), so a scan suffices. */
  private static boolean runsInsideTheServer(Path classFile) {
    try {
      String bytes = new String(Files.readAllBytes(classFile), StandardCharsets.ISO_8859_1);
      return OUTSIDE_ONLY.stream().noneMatch(bytes::contains);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
