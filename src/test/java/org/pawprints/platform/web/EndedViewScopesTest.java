package org.pawprints.platform.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Test;

/**
 * What a session keeps of its view scopes, with maps shaped as Mojarra's: the list of live view
 * scopes (synchronized, oldest first, at most {@link #LIMIT}) and the beans recorded per view scope
 * (concurrent), from which Mojarra never removes an ended scope.
 */
class EndedViewScopesTest {

  private static final int LIMIT = 50;

  private final Map<String, Object> scopes = Collections.synchronizedMap(new LinkedHashMap<>());
  private final Map<String, Map<String, Object>> contexts = new ConcurrentHashMap<>();

  /**
   * A page view as Mojarra handles it: the oldest scope ended when full, then the new one's beans.
   */
  private String view() {
    String id = UUID.randomUUID().toString();
    synchronized (scopes) {
      if (scopes.size() == LIMIT) {
        scopes.remove(scopes.keySet().iterator().next()); // beans destroyed, entry left behind
      }
      scopes.put(id, new ConcurrentHashMap<>());
    }
    contexts.computeIfAbsent(id, k -> new ConcurrentHashMap<>()).put("modulePage", new Object());
    return id;
  }

  @Test
  void aSessionThatOpensManyPagesKeepsOnlyItsLiveScopes() {
    for (int i = 0; i < 500; i++) {
      view();
      EndedViewScopes.forgetEnded(contexts, scopes);
    }
    assertEquals(LIMIT, scopes.size());
    assertEquals(scopes.keySet(), contexts.keySet());
  }

  @Test
  void withoutItTheSessionGrowsWithEveryPage() {
    // The leak itself, so that this test shows what the listener is for.
    for (int i = 0; i < 500; i++) {
      view();
    }
    assertEquals(500, contexts.size());
    assertEquals(450, EndedViewScopes.forgetEnded(contexts, scopes));
    assertEquals(scopes.keySet(), contexts.keySet());
  }

  @Test
  void nothingIsTouchedWhileNoScopeHasEnded() {
    for (int i = 0; i < 10; i++) {
      view();
    }
    scopes.put("a scope without beans", Map.of());
    assertEquals(0, EndedViewScopes.forgetEnded(contexts, scopes));
    assertEquals(10, contexts.size());
  }

  @Test
  void aLiveScopeIsNeverForgottenWhileOtherPagesOfTheSessionOpen() throws Exception {
    ExecutorService threads = Executors.newFixedThreadPool(3);
    AtomicBoolean opening = new AtomicBoolean(true);
    try {
      Future<?> pruning =
          threads.submit(
              () -> {
                while (opening.get()) {
                  EndedViewScopes.forgetEnded(contexts, scopes);
                }
              });
      Future<?> tabA = threads.submit(() -> viewMany(5_000));
      Future<?> tabB = threads.submit(() -> viewMany(5_000));
      tabA.get();
      tabB.get();
      opening.set(false);
      pruning.get();
    } finally {
      threads.shutdownNow();
    }
    // Every live scope still knows its beans; at most the last few ended ones are left to forget.
    assertTrue(contexts.keySet().containsAll(scopes.keySet()));
    EndedViewScopes.forgetEnded(contexts, scopes);
    assertEquals(scopes.keySet(), contexts.keySet());
  }

  private void viewMany(int count) {
    for (int i = 0; i < count; i++) {
      String id = view();
      // The page uses its beans while it renders: they are still recorded.
      synchronized (scopes) {
        if (scopes.containsKey(id)) {
          assertTrue(contexts.containsKey(id), "a live scope lost its beans");
        }
      }
    }
  }
}
