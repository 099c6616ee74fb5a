package org.pawprints.testing.browser;

import com.microsoft.playwright.Browser;
import org.junit.jupiter.api.extension.AfterTestExecutionCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolutionException;
import org.junit.jupiter.api.extension.ParameterResolver;

/**
 * Gives browser tests a {@link Visitors}: the one running server of the build with its SMTP server
 * and first administrator, the browser of the test's thread (two classes run at a time, each thread
 * with its own Chromium; all started on first use and closed when the build's tests end), and a
 * fresh browser context per visitor, so no cookie leaks between tests. When a test fails, its pages
 * are saved as screenshots under target/browser.
 */
public class BrowserExtension implements ParameterResolver, AfterTestExecutionCallback {

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
    BrowsersPerThread browsers =
        root.getOrComputeIfAbsent(
            BrowsersPerThread.class, k -> new BrowsersPerThread(), BrowsersPerThread.class);
    Browser browser = browsers.browser();
    FirstAdministrator admin =
        root.getOrComputeIfAbsent(
            FirstAdministrator.class,
            k -> FirstAdministrator.createThroughSetupLink(server, browser),
            FirstAdministrator.class);
    Visitors visitors =
        new Visitors(
            server,
            browser,
            mail,
            admin,
            context.getRequiredTestClass().getSimpleName(),
            context.getDisplayName());
    context.getStore(NAMESPACE).put(Visitors.class, visitors);
    return visitors;
  }

  @Override
  public void afterTestExecution(ExtensionContext context) {
    Visitors visitors = context.getStore(NAMESPACE).get(Visitors.class, Visitors.class);
    if (visitors != null && context.getExecutionException().isPresent()) {
      visitors.screenshotAfterFailure();
    }
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
