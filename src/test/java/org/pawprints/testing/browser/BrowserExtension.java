package org.pawprints.testing.browser;

import com.microsoft.playwright.Browser;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;
import org.junit.jupiter.api.extension.AfterTestExecutionCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolutionException;
import org.junit.jupiter.api.extension.ParameterResolver;

/**
 * Gives browser tests a {@link Visitors}: the one running server of the build with its SMTP server
 * and first administrator, the browser of the test's thread (two classes run at a time, each thread
 * with its own Chromium; all started on first use and closed when the build's tests end), and a
 * browser context per visitor that no one else uses during the test (emptied contexts are handed on
 * between tests, see {@link ContextPool}), so no cookie leaks between tests. When a test fails, its
 * pages are saved as screenshots under target/browser and its contexts are closed.
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
    // The server boots in the background while this thread launches its browser (Playwright's
    // driver, then Chromium), instead of one after the other before the first test of each thread.
    FutureTask<?> boot =
        root.getOrComputeIfAbsent(ServerBoot.class, k -> bootInBackground(mail), FutureTask.class);
    BrowsersPerThread browsers =
        root.getOrComputeIfAbsent(
            BrowsersPerThread.class, k -> new BrowsersPerThread(), BrowsersPerThread.class);
    Browser browser = browsers.browser();
    PawprintsServer server =
        root.getOrComputeIfAbsent(PawprintsServer.class, k -> booted(boot), PawprintsServer.class);
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
      visitors.afterFailure();
    }
  }

  private static TestMail startMail() {
    try {
      return TestMail.start();
    } catch (Exception e) {
      throw new ParameterResolutionException("Could not start the test SMTP server", e);
    }
  }

  /** The key of the server's boot in the root store; the booted server is kept under its own. */
  private static final class ServerBoot {}

  /** A thread of its own: the test threads are JUnit's fork-join workers, better left to tests. */
  private static FutureTask<PawprintsServer> bootInBackground(TestMail mail) {
    FutureTask<PawprintsServer> boot = new FutureTask<>(() -> startServer(mail));
    Thread thread = new Thread(boot, "pawprints-boot");
    thread.setDaemon(true);
    thread.start();
    return boot;
  }

  private static PawprintsServer booted(FutureTask<?> boot) {
    try {
      return (PawprintsServer) boot.get();
    } catch (InterruptedException stopped) {
      Thread.currentThread().interrupt();
      throw new ParameterResolutionException("Stopped while Pawprints was booting", stopped);
    } catch (ExecutionException failed) {
      throw failed.getCause() instanceof ParameterResolutionException cause
          ? cause
          : new ParameterResolutionException("Could not start Pawprints", failed.getCause());
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
