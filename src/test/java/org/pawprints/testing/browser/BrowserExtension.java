package org.pawprints.testing.browser;

import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolutionException;
import org.junit.jupiter.api.extension.ParameterResolver;

/**
 * Gives browser tests a {@link Visitor}: the one running server and the one browser of the build
 * (both started on first use and closed when the build's tests end), and a fresh browser context
 * per visitor, so no cookie or storage leaks between tests.
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
    PawprintsServer server =
        root.getOrComputeIfAbsent(PawprintsServer.class, k -> startServer(), PawprintsServer.class);
    Browsers browsers =
        root.getOrComputeIfAbsent(Browsers.class, k -> Browsers.launch(), Browsers.class);
    Visitors visitors = new Visitors(server, browsers.browser(), context.getDisplayName());
    context.getStore(NAMESPACE).put(Visitors.class, visitors);
    return visitors;
  }

  private static PawprintsServer startServer() {
    try {
      return PawprintsServer.start();
    } catch (Exception e) {
      throw new ParameterResolutionException("Could not start Pawprints", e);
    }
  }
}
