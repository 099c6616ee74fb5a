package org.pawprints.live.web;

/**
 * Runs Faces push sends with the JDK's platform class loader as the thread's context class loader,
 * so that each message costs what the platform's own broadcast pays for it.
 *
 * <p>Why: Payara's Tyrus restarts a socket's idle timer for every message it sends, even for a
 * socket without an idle timeout (Faces push sets none), by scheduling a task on the default
 * managed scheduled executor. Scheduling captures the thread's context, and Payara's capture looks
 * up every {@code ThreadContextProvider} service through the thread's context class loader, every
 * time. With the web application's loader that lookup searched Pawprints' libraries and all their
 * parent loaders: about half a millisecond per message, 3 % of a live round's CPU at 100 phones and
 * about half a second per change at 1,000, spent while the room waits to be told
 * (docs/performance.md, "Session 13, the lead"). The platform loader answers it from the JDK's own
 * modules. Nothing in a send needs the application's classes: the message is already text, and the
 * scheduled task does nothing for a socket without an idle timeout.
 */
final class SocketSends {

  private SocketSends() {}

  static void run(Runnable sends) {
    Thread thread = Thread.currentThread();
    ClassLoader application = thread.getContextClassLoader();
    thread.setContextClassLoader(ClassLoader.getPlatformClassLoader());
    try {
      sends.run();
    } finally {
      thread.setContextClassLoader(application);
    }
  }
}
