package org.pawprints.testing.browser;

import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolutionException;
import org.junit.jupiter.api.extension.ParameterResolver;

/**
 * Gives browser tests a {@link Visitors}: the one running server of the build with its SMTP server
 * and first administrator, the one browser (all started on first use and closed when the build's
 * tests end), and a fresh browser context per visitor, so no cookie leaks between tests.
 */
public class BrowserExtension implements ParameterResolver {

  private static final ExtensionContext.Namespace NAMESPACE =
      ExtensionContext.Namespace.create(BrowserExtension.class);

  @Override
  public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
    return parameter.getParameter().getType() == Visitors.class;
  }

  @Override
  public Object resolveParameter(ParameterContext parameter, ExtensionContext context) {
    ExtensionContext.Store root = context.getRoot().getStore(NAMESPACE);
    TestMail mail = root.getOrComputeIfAbsent(TestMail.class, k -> startMail(), TestMail.class);
    PawprintsServer server =
        root.getOrComputeIfAbsent(
            PawprintsServer.class, k -> startServer(mail), PawprintsServer.class);
    Browsers browsers =
        root.getOrComputeIfAbsent(Browsers.class, k -> Browsers.launch(), Browsers.class);
    FirstAdministrator admin =
        root.getOrComputeIfAbsent(
            FirstAdministrator.class,
            k -> FirstAdministrator.createThroughSetupLink(server, browsers.browser()),
            FirstAdministrator.class);
    Visitors visitors =
        new Visitors(server, browsers.browser(), mail, admin, context.getDisplayName());
    context.getStore(NAMESPACE).put(Visitors.class, visitors);
    return visitors;
  }

  private static TestMail startMail() {
    try {
      return TestMail.start();
    } catch (Exception e) {
      throw new ParameterResolutionException("Could not start the test SMTP server", e);
    }
  }

  private static PawprintsServer startServer(TestMail mail) {
    try {
      return PawprintsServer.start(mail.environment());
    } catch (Exception e) {
      throw new ParameterResolutionException("Could not start Pawprints", e);
    }
  }
}
