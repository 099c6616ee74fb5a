package org.pawprints.live.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import jakarta.faces.push.PushContext;
import java.io.Serializable;
import java.net.URL;
import java.net.URLClassLoader;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Future;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.pawprints.live.application.LiveAudience.Audience;

/**
 * Socket sends run with the platform class loader as the thread's context loader (the reason is in
 * {@link SocketSends}), and the thread gets its own loader back afterwards, even when a send fails.
 */
class SocketSendsTest {

  /** Stands for the web application's loader, which the sends must not search. */
  private final ClassLoader application = new URLClassLoader(new URL[0]);

  private ClassLoader before;

  @BeforeEach
  void onTheApplicationsLoader() {
    before = Thread.currentThread().getContextClassLoader();
    Thread.currentThread().setContextClassLoader(application);
  }

  @AfterEach
  void restore() {
    Thread.currentThread().setContextClassLoader(before);
  }

  @Test
  void aRoomIsToldWithThePlatformLoaderAndTheThreadGetsItsOwnBack() {
    RecordingPush recording = new RecordingPush();
    LivePush push = new LivePush();
    push.live = recording;

    push.send(12, 34, false, new Audience(Set.of(1L), Set.of(10L, 11L)));

    assertEquals(List.of(Set.of(1L), Set.of(10L, 11L)), recording.groups);
    recording.loaders.forEach(
        loader -> assertSame(ClassLoader.getPlatformClassLoader(), loader, "loader while sending"));
    assertEquals(2, recording.loaders.size());
    assertSame(application, Thread.currentThread().getContextClassLoader());
  }

  @Test
  void aFailedSendStillGivesTheThreadItsLoaderBack() {
    assertThrows(
        IllegalStateException.class,
        () ->
            SocketSends.run(
                () -> {
                  throw new IllegalStateException("socket closed");
                }));
    assertSame(application, Thread.currentThread().getContextClassLoader());
  }

  /** A push context that records to whom it was asked to send, and on which context loader. */
  private static final class RecordingPush implements PushContext {
    final List<Set<?>> groups = new ArrayList<>();
    final List<ClassLoader> loaders = new ArrayList<>();

    @Override
    public Set<Future<Void>> send(Object message) {
      throw new UnsupportedOperationException("a live push is always targeted at users");
    }

    @Override
    public <S extends Serializable> Set<Future<Void>> send(Object message, S user) {
      throw new UnsupportedOperationException("a live push sends to groups of users");
    }

    @Override
    public <S extends Serializable> Map<S, Set<Future<Void>>> send(
        Object message, Collection<S> users) {
      groups.add(Set.copyOf(users));
      loaders.add(Thread.currentThread().getContextClassLoader());
      return new HashMap<>();
    }
  }
}
