package org.pawprints.testing;

import fish.payara.arquillian.container.payara.managed.PayaraMicroContainerConfiguration;
import fish.payara.arquillian.container.payara.managed.PayaraMicroDeployableContainer;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.jboss.arquillian.container.spi.client.container.ConfigurationMapper;
import org.jboss.arquillian.container.spi.client.container.DeployableContainer;
import org.jboss.arquillian.container.spi.client.container.DeploymentException;
import org.jboss.arquillian.container.spi.client.container.LifecycleException;
import org.jboss.arquillian.container.spi.client.protocol.ProtocolDescription;
import org.jboss.arquillian.container.spi.client.protocol.metadata.ProtocolMetaData;
import org.jboss.arquillian.core.spi.LoadableExtension;
import org.jboss.shrinkwrap.api.Archive;
import org.jboss.shrinkwrap.api.ArchivePath;

/**
 * One Payara Micro for all in-container test classes of a run, instead of one per class.
 *
 * <p>Arquillian deploys each test class's {@code @Deployment} and undeploys it after the class; the
 * Payara Micro adapter boots a whole server for every deploy (about 7 s here, 12 times a run). This
 * container deploys the first archive it is given and hands its address to every later class, so
 * the server boots once; it undeploys when Arquillian stops the container at the end of the run.
 * That works because every in-container test deploys the same archive, {@link
 * PawprintsDeployment#withTests}, which carries all the test classes of the build: a later class's
 * own archive would be identical, so it is not deployed again. Tests keep their isolation by
 * creating their own data ({@link Seed}); the database was already shared by all classes of a run.
 */
public final class SharedDeployment
    implements DeployableContainer<PayaraMicroContainerConfiguration> {

  /** Registered in META-INF/services: replaces the adapter's container with this one. */
  public static final class Extension implements LoadableExtension {
    @Override
    public void register(ExtensionBuilder builder) {
      builder.override(
          DeployableContainer.class, PayaraMicroDeployableContainer.class, SharedDeployment.class);
    }
  }

  private static final Duration SHUTDOWN = Duration.ofSeconds(60);

  private final PayaraMicroDeployableContainer payara = new PayaraMicroDeployableContainer();
  private Archive<?> deployed;
  private ProtocolMetaData protocol;
  private DeploymentException failure;

  @Override
  public Class<PayaraMicroContainerConfiguration> getConfigurationClass() {
    return payara.getConfigurationClass();
  }

  @Override
  public ConfigurationMapper<PayaraMicroContainerConfiguration> getConfigurationMapper() {
    return payara.getConfigurationMapper();
  }

  @Override
  public void setup(PayaraMicroContainerConfiguration configuration) {
    payara.setup(configuration);
  }

  @Override
  public void start() throws LifecycleException {
    payara.start();
  }

  @Override
  public ProtocolDescription getDefaultProtocol() {
    return payara.getDefaultProtocol();
  }

  @Override
  public synchronized ProtocolMetaData deploy(Archive<?> archive) throws DeploymentException {
    if (failure != null) {
      // A server that did not boot for the first class will not boot for the next one either.
      throw failure;
    }
    if (protocol == null) {
      try {
        protocol = payara.deploy(archive);
        deployed = archive;
      } catch (DeploymentException e) {
        failure = e;
        throw e;
      }
    } else {
      requireNothingBeyondTheSharedDeployment(archive);
    }
    return protocol;
  }

  /**
   * A class whose archive holds something the deployed one lacks would silently run without it:
   * stop it with the reason instead.
   */
  private void requireNothingBeyondTheSharedDeployment(Archive<?> archive)
      throws DeploymentException {
    Set<ArchivePath> shared = deployed.getContent().keySet();
    List<String> extra =
        archive.getContent().keySet().stream()
            .filter(path -> !shared.contains(path))
            .map(ArchivePath::get)
            .limit(5)
            .toList();
    if (!deployed.getName().equals(archive.getName()) || !extra.isEmpty()) {
      throw new DeploymentException(
          "In-container tests share one deployment, PawprintsDeployment.withTests(...), which"
              + " already holds every test class; this one differs ("
              + archive.getName()
              + " "
              + extra
              + "): put test data in testing.Seed or a test class instead.");
    }
  }

  /** Kept deployed for the next test class; {@link #stop} ends it after the last one. */
  @Override
  public void undeploy(Archive<?> archive) {}

  @Override
  public synchronized void stop() throws LifecycleException {
    if (deployed != null) {
      try {
        payara.undeploy(deployed);
        awaitServerExit();
      } catch (DeploymentException e) {
        throw new LifecycleException("Could not stop the shared Payara Micro", e);
      } finally {
        deployed = null;
        protocol = null;
      }
    }
    payara.stop();
  }

  /**
   * The adapter only signals the server to stop; waiting for it lets the server finish writing what
   * it writes at exit (the coverage agent's data) before the build reads it.
   */
  private static void awaitServerExit() throws LifecycleException {
    for (ProcessHandle server :
        ProcessHandle.current()
            .children()
            .filter(p -> p.info().commandLine().orElse("").contains("arquillian-payara-micro"))
            .toList()) {
      try {
        server.onExit().get(SHUTDOWN.toSeconds(), TimeUnit.SECONDS);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        return;
      } catch (ExecutionException | TimeoutException e) {
        server.destroyForcibly();
        throw new LifecycleException("Payara Micro did not stop within " + SHUTDOWN, e);
      }
    }
  }
}
